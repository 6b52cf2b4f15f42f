namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>
/// A piece of a message in both languages. Passed as one argument of a diagnostic, it prints in the language the
/// message is asked in (<see cref="DiagnosticDescriptor.Format"/>), so neither message carries the other's words.
/// </summary>
public readonly record struct Bilingual(string En, string Zh)
{
    /// <summary>A piece that reads the same in both languages (a list of Chinese keywords, a number).</summary>
    public static Bilingual Same(string text) => new(text, text);

    public string In(Language language) => language == Language.En ? En : Zh;

    /// <summary>Chinese, the users' language, where no language is asked for.</summary>
    public override string ToString() => Zh;
}
