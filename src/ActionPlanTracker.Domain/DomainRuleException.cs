namespace ActionPlanTracker.Domain;

/// <summary>
/// A business rule refused the operation. The message is written for the person who asked,
/// so pages show it as it is.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) { }

    public DomainRuleException() { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) { }
}
