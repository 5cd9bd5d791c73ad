using System.Data;
using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ActionPlanTracker.Web.Attachments;

/// <summary>
/// The bytes of attachments, in their own table (attachment_contents), outside the EF model so that no change
/// tracker, and so no audit event, ever holds them. Written from a stream and read as a stream: a file is never whole
/// in memory.
/// </summary>
public static class AttachmentStore
{
    /// <summary>Default limit; configured by Attachments:MaxBytes.</summary>
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public static long MaxBytes(IConfiguration configuration) => configuration.GetValue("Attachments:MaxBytes", DefaultMaxBytes);

    /// <summary>Writes the bytes of attachment <paramref name="id"/> in the context's current transaction; Npgsql streams the parameter to the server.</summary>
    public static async Task WriteAsync(ActionPlanDbContext db, long id, Stream content, long size, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("INSERT INTO attachment_contents (attachment_id, bytes) VALUES (@id, @bytes)", connection)
            {
                Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
            };
            command.Parameters.Add(new NpgsqlParameter<long>("id", id));
            content.Position = 0;
            command.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Bytea) { Value = content, Size = checked((int)size) });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Copies the bytes of attachment <paramref name="id"/> to <paramref name="destination"/> as they arrive from the server.</summary>
    public static async Task CopyToAsync(ActionPlanDbContext db, long id, Stream destination, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT bytes FROM attachment_contents WHERE attachment_id = @id", connection);
            command.Parameters.Add(new NpgsqlParameter<long>("id", id));
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                await using var bytes = reader.GetStream(0);
                await bytes.CopyToAsync(destination, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
