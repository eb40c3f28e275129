namespace Raaqj.Web.Domain;

/// <summary>A broken business rule, named after the form field a person can fix it in ("" for the whole form).</summary>
public sealed record RuleViolation(string Field, string Message);
