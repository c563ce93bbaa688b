"""Following up tasks in the window: the register's model and filters, a task's page, the
overview's table and chart, and the report dialog. The pages that put them on screen are
gui/pages/tasks.py and gui/pages/overview.py."""
