-- Undoes 0014_session_cutoffs: the users' session cut-offs.
DROP TABLE IF EXISTS `atrium_session_cutoffs`;
