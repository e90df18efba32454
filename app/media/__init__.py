"""Camera sources, capture (preview, photos, clips), the content-addressed media store, photo
markup and the generated demo clip. No Qt here: the UI wraps these in workers and signals."""
