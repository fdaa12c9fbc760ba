"""The parts of the web page format (:mod:`newsparse.formats.webpage`), one concern each.

``lines`` holds what the others share; ``title`` reads a page's head; ``lists`` the
lists and schedules in the story; ``credits`` captions and notes about the writer;
``links`` links to other stories; ``boxes`` comments, sign-up boxes, tags and pull
quotes; ``body`` the runs of prose and how they join. Each module imports only those
before it in that order.
"""
