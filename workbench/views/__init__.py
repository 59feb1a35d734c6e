"""Widgets: the main window, panels, dialogs, delegates and charts."""
