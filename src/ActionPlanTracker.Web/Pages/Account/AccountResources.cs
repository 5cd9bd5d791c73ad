namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>The texts of the account pages: sign-in, passwords, two-factor sign-in, tokens, notification settings.</summary>
public sealed class AccountResources;
