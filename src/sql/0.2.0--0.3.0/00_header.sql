\echo Use "ALTER EXTENSION ipasn UPDATE TO '0.3.0'" to load this file. \quit

-- ipasn 0.2.0 -> 0.3.0.  Each part below is the update counterpart of a
-- change to the install script (src/sql/NN_*.sql): a fresh install of 0.3.0
-- and 0.2.0 updated to 0.3.0 must give the same catalog.  A part that is
-- valid in both scripts (new objects, CREATE OR REPLACE of changed bodies)
-- is a symbolic link to the install part, so that it is written once.
