"""The window: Qt widgets and models over the services in core/."""
