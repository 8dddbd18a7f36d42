// Anchor for the static resource library; the resources themselves come from qt_add_resources.
