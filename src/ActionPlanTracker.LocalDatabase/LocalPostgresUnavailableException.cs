namespace ActionPlanTracker.LocalDatabase;

/// <summary>The private PostgreSQL could not be started; the message says what to install or configure instead.</summary>
public sealed class LocalPostgresUnavailableException : Exception
{
    public LocalPostgresUnavailableException(string message) : base(message) { }

    public LocalPostgresUnavailableException() { }

    public LocalPostgresUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
