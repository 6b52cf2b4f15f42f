namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>Message language. Chinese is the default because it is the users' language.</summary>
public enum Language
{
    Zh,
    En,
}
