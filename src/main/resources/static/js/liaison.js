// Liaison page scripts
