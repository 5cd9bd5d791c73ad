namespace ActionPlanTracker.Web.Security;

/// <summary>
/// The texts of the account rules every way of managing accounts shares (the account pages, the administrators'
/// user pages, the command line): the password rules and Identity's refusals.
/// </summary>
public sealed class SecurityResources;
