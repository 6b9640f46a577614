"""One module per benchmark scenario; each measures one side (ours or reference) per call."""
