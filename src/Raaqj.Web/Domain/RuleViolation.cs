namespace Raaqj.Web.Domain;

// A broken business rule, named after the form field a person can fix it in ("" for the whole form).
public sealed record RuleViolation(string Field, string Message);
