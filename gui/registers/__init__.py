"""The registers: agencies, people, committees and their members (lists and edit dialogs)."""
