namespace ActionPlanTracker.Data.Import;

/// <summary>
/// A spreadsheet a focal point uploaded and has not confirmed yet. It waits here, not in memory, so the confirmation
/// may reach any replica; it is deleted when confirmed and ignored once it is older than an hour.
/// </summary>
public sealed class ImportUpload
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public int MemberId { get; set; }

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>
    /// SHA-256 of the changes the preview showed (rows, values and report versions): confirming writes only if the
    /// same changes are computed again, so nothing is written that the user did not see.
    /// </summary>
    public string PreviewHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
