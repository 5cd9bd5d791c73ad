namespace ActionPlanTracker.Web.Hosting;

/// <summary>The application cannot start; the message tells the operator what to do, without a stack trace.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message) : base(message) { }

    public StartupException() { }

    public StartupException(string message, Exception innerException) : base(message, innerException) { }
}
