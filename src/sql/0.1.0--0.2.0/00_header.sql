\echo Use "ALTER EXTENSION ipasn UPDATE TO '0.2.0'" to load this file. \quit

-- ipasn 0.1.0 -> 0.2.0.  Each section below is the update counterpart of
-- a change to the install script (src/sql/NN_*.sql): a fresh install of
-- 0.2.0 and 0.1.0 updated to 0.2.0 must give the same catalog.
