// placeholder, replaced by the popup feature
