using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Data.Auditing;

/// <summary>
/// The audit trail's hash chain, as the verifier sees it. The database writes the chain (trigger
/// <c>audit_events_chain</c>, Sql/AuditChain.sql); this class recomputes it independently, so the canonical text
/// here must stay byte-for-byte the same as <c>audit_chain_hash</c> in that script (AuditChainTests compare the two).
/// </summary>
public static class AuditChain
{
    /// <summary>
    /// The advisory lock the chain trigger takes before it appends (<see cref="Sql.DatabaseObjects"/> writes this number
    /// into the trigger; a test keeps the two equal).
    /// </summary>
    public const long AdvisoryLock = 0x4150_5441_7564_6974;

    /// <summary>The "previous hash" of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// The previous hash, then each field as <c>&lt;UTF-8 byte length&gt;:&lt;text&gt;</c> (<c>-</c> for null), one a
    /// line: sequence, time (UTC, microseconds), actor, entity, key, action, member id, before, after.
    /// </summary>
    public static string Canonical(string previousHash, AuditEvent row)
    {
        string?[] fields =
        [
            row.Sequence.ToString(CultureInfo.InvariantCulture),
            row.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            row.Actor,
            row.Entity,
            row.EntityKey,
            row.Action,
            row.MemberId?.ToString(CultureInfo.InvariantCulture),
            row.Before,
            row.After,
        ];
        return string.Join('\n', [previousHash, .. fields.Select(Field)]);
    }

    public static string HashOf(string previousHash, AuditEvent row) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(previousHash, row))));

    /// <summary>Reads the whole chain in order, recomputing every hash; stops at the first row that does not fit.</summary>
    public static async Task<ChainCheck> VerifyAsync(ActionPlanDbContext db, CancellationToken cancellationToken = default)
    {
        var previous = Genesis;
        long count = 0;
        await foreach (var row in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = ProblemOf(row, count + 1, previous);
            if (problem is not null)
            {
                return new ChainCheck(count, previous, new BrokenRow(row.Sequence, row.Id, problem));
            }

            previous = row.Hash!;
            count++;
        }

        return new ChainCheck(count, previous, null);
    }

    private static string? ProblemOf(AuditEvent row, long expectedSequence, string previous)
    {
        if (row.Sequence != expectedSequence)
        {
            return row.Sequence > expectedSequence
                ? $"sequence {expectedSequence} is missing: the row before it is gone"
                : $"the sequence is {row.Sequence} where {expectedSequence} was expected";
        }

        if (row.PreviousHash != previous)
        {
            return $"its previous hash {row.PreviousHash} is not the hash of the row before it ({previous})";
        }

        var recomputed = HashOf(previous, row);
        return row.Hash == recomputed
            ? null
            : $"its content does not match its hash: stored {row.Hash}, recomputed {recomputed}";
    }

    private static string Field(string? value) =>
        value is null ? "-" : Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture) + ":" + value;
}

/// <summary>The outcome of a check: how many rows fit, the last good hash, and the first row that does not, if any.</summary>
public sealed record ChainCheck(long IntactRows, string Head, BrokenRow? Broken)
{
    public bool IsIntact => Broken is null;

    public string Summary => Broken is null
        ? $"{IntactRows} events, chain intact, head {Head}"
        : $"Chain broken at sequence {Broken.Sequence} (event id {Broken.Id}): {Broken.Problem}. The {IntactRows} events before it are intact.";
}

public sealed record BrokenRow(long Sequence, long Id, string Problem);
