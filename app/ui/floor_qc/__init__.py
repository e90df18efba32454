"""Key steps (W3) and QC inspection (D1) pages of the workshop floor (issue 8)."""
