-- The audit trail's hash chain (docs/decisions/0004-audit-chain.md). The database computes it in a BEFORE INSERT
-- trigger, so every writer extends it the same way and concurrent transactions cannot fork it. Safe to apply any
-- number of times.
--
-- The canonical content: the previous hash, then each field as "<UTF-8 byte length>:<text>" ("-" for null), one a
-- line. Length prefixes make it unambiguous whatever the values hold. `at` in UTC with microseconds (what timestamptz
-- keeps); before/after as jsonb prints them, which is also exactly what a client reads back. AuditChain.Canonical in
-- C# recomputes the same text for the verifier; AuditChainTests compare the two hashes on the same rows.
CREATE OR REPLACE FUNCTION audit_chain_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END
$$;

CREATE OR REPLACE FUNCTION audit_chain_hash(
    previous_hash text, sequence bigint, at timestamptz, actor text, entity text, entity_key text,
    action text, member_id integer, before jsonb, after jsonb) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\n',
        previous_hash,
        audit_chain_field(sequence::text),
        audit_chain_field(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
        audit_chain_field(actor),
        audit_chain_field(entity),
        audit_chain_field(entity_key),
        audit_chain_field(action),
        audit_chain_field(member_id::text),
        audit_chain_field(before::text),
        audit_chain_field(after::text)), 'UTF8')), 'hex')
$$;

-- Each new row: wait for the chain (the lock is held until this transaction ends, so the next writer sees this row
-- committed, or not at all if it rolls back: no fork, no gap), then link to the last row. Values the writer sent for
-- these three columns are ignored. The application takes the same lock when it opens a transaction
-- (AuditChainLockInterceptor), so the order of events is the order of commits.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_sequence bigint;
    last_hash text;
BEGIN
    PERFORM pg_advisory_xact_lock({{audit_chain_lock}});
    SELECT sequence, hash INTO last_sequence, last_hash FROM audit_events ORDER BY sequence DESC LIMIT 1;
    NEW.sequence := COALESCE(last_sequence, 0) + 1;
    NEW.previous_hash := COALESCE(last_hash, {{audit_chain_genesis}});
    NEW.hash := audit_chain_hash(NEW.previous_hash, NEW.sequence, NEW.at, NEW.actor, NEW.entity,
        NEW.entity_key, NEW.action, NEW.member_id, NEW.before, NEW.after);
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
