-- section: schema guard
-- The same guard as at the top of the install script (ALTER EXTENSION
-- UPDATE also runs in a schema that may have changed hands since).
-- CREATE EXTENSION uses a schema ipasn that already exists.  A schema owned
-- by another role lets that role drop or shadow ipasn's objects (and so run
-- code with the rights of whoever calls them): refuse to install into it
-- unless that role installs ipasn or is a superuser (a superuser could do
-- anything anyway; pg_restore run by another superuser recreates the schema
-- with its original owner before CREATE EXTENSION).
-- Found through pg_extension (the row exists while the script runs), never
-- by quoting the schema's name.
DO LANGUAGE plpgsql $guard$
DECLARE
	schema_name name;
	schema_owner name;
	ext_owner name;
	owner_is_superuser boolean;
BEGIN
	SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner), pg_catalog.pg_get_userbyid(e.extowner), r.rolsuper
	  INTO schema_name, schema_owner, ext_owner, owner_is_superuser
	  FROM pg_catalog.pg_extension AS e
	  JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
	  JOIN pg_catalog.pg_roles AS r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
	 WHERE e.extname OPERATOR(pg_catalog.=) 'ipasn';
	IF schema_owner OPERATOR(pg_catalog.<>) ext_owner AND NOT owner_is_superuser THEN
		RAISE EXCEPTION 'schema "%" is owned by role "%", not by "%", the owner of extension ipasn', schema_name, schema_owner, ext_owner
			USING ERRCODE = 'insufficient_privilege',
			DETAIL = 'The owner of a schema can drop and replace the objects in it, and so run code with the rights of whoever calls ipasn''s functions.',
			HINT = 'Drop the schema or give it to the installing role (ALTER SCHEMA ... OWNER TO ...) after checking what is in it, then run CREATE EXTENSION or ALTER EXTENSION again.';
	END IF;
END
$guard$;

