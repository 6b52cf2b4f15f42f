using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;
using MineralPlan.Workspaces;

namespace MineralPlan.Tests.Workspaces;

/// <summary>
/// mplan.json in the workspace and in the plan folder: severities merge with the plan's winning; trust is the
/// user's and either file may only withdraw it; the time limit is the shorter one; a bad file is MP5001.
/// </summary>
public sealed class WorkspaceSettingsTests
{
    private static (WorkspaceSettings Settings, Diagnostic? Error) Find(string? workspace, string? plan, bool userTrusts = false)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "plans/p"));
        if (workspace is not null)
        {
            temp.Write("plans/mplan.json", workspace);
        }

        if (plan is not null)
        {
            temp.Write("plans/p/mplan.json", plan);
        }

        return WorkspaceSettings.Find(Path.Combine(temp.Path, "plans/p"), temp.Path, userTrusts);
    }

    [Fact]
    public void Without_files_nothing_is_changed_or_trusted()
    {
        var (settings, error) = Find(null, null);
        Assert.Null(error);
        Assert.Empty(settings.Severity);
        Assert.Null(settings.Path);
        Assert.Equal((false, 5d), (settings.TrustScripts, settings.ScriptTimeoutSeconds));
    }

    [Fact]
    public void Severities_merge_and_the_plan_s_win()
    {
        var (settings, error) = Find("""{ "severity": { "MP2009": "off", "MP2007": "error" } }""", """{ "severity": { "MP2007": "info", "MP2001": "warning" } }""");
        Assert.Null(error);
        Assert.Equal(["MP2001=warning", "MP2007=info", "MP2009=off"], settings.Severity.Select(p => p.Key + "=" + p.Value).Order(StringComparer.Ordinal));
        Assert.Equal("plans/p/mplan.json", settings.Path);
    }

    [Fact]
    public void The_workspace_file_alone_is_shown_as_the_settings_path()
    {
        var (settings, _) = Find("""{ "severity": { "MP2009": "off" } }""", null);
        Assert.Equal("plans/mplan.json", settings.Path);
        Assert.Equal("off", settings.Severity["MP2009"]);
    }

    [Theory]
    [InlineData("""{ "trustScripts": true }""", null, false, false)]
    [InlineData("""{ "trustScripts": true }""", """{ "trustScripts": true }""", false, false)]
    [InlineData("""{ "trustScripts": false }""", null, true, false)]
    [InlineData("""{ "trustScripts": true }""", null, true, true)]
    [InlineData(null, null, true, true)]
    [InlineData("""{ "trustScripts": true }""", """{ "trustScripts": false }""", false, false)]
    [InlineData(null, """{ "trustScripts": false }""", true, false)]
    [InlineData(null, """{ "trustScripts": true }""", false, false)]
    [InlineData("""{ "trustScripts": false }""", null, false, false)]
    [InlineData("""{ "trustScripts": "yes" }""", null, false, false)]
    public void Trust_is_the_user_s_alone_and_either_file_may_only_withdraw_it(string? workspace, string? plan, bool user, bool trusted)
    {
        Assert.Equal(trusted, Find(workspace, plan, user).Settings.TrustScripts);
    }

    [Theory]
    [InlineData("""{ "scriptTimeoutSeconds": 10 }""", null, 10)]
    [InlineData("""{ "scriptTimeoutSeconds": 10 }""", """{ "scriptTimeoutSeconds": 2 }""", 2)]
    [InlineData("""{ "scriptTimeoutSeconds": 2 }""", """{ "scriptTimeoutSeconds": 10 }""", 2)]
    [InlineData(null, """{ "scriptTimeoutSeconds": 3 }""", 3)]
    [InlineData(null, """{ "scriptTimeoutSeconds": 30 }""", 5)]
    [InlineData("""{ "scriptTimeoutSeconds": 0 }""", null, 5)]
    [InlineData("""{ "scriptTimeoutSeconds": 3601 }""", null, 5)]
    [InlineData("""{ "scriptTimeoutSeconds": 3600 }""", null, 3600)]
    [InlineData("""{ "scriptTimeoutSeconds": "9" }""", null, 5)]
    public void The_time_limit_is_the_shorter_and_a_plan_cannot_lengthen_it(string? workspace, string? plan, double seconds)
    {
        Assert.Equal(seconds, Find(workspace, plan).Settings.ScriptTimeoutSeconds);
    }

    [Theory]
    [InlineData("""{ "severity": { "MP2009": "loud" } }""", "MP2009: 'loud' is not error/warning/info/off")]
    [InlineData("""{ "severity": { "MP2009": 3 } }""", "MP2009: '3' is not error/warning/info/off")]
    [InlineData("{ not json", "the workspace file is not valid: ")]
    [InlineData("""{ "severity": [1, 2] }""", "the workspace file is not valid: ")]
    public void A_bad_file_is_MP5001_and_is_unreadable_input(string text, string message)
    {
        var (_, error) = Find(null, text);
        Assert.NotNull(error);
        Assert.Equal(("MP5001", "plans/p/mplan.json"), (error.Code, error.Span.File));
        Assert.True(error.Descriptor.UnreadableInput);
        Assert.Contains(message, error.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void The_workspace_s_error_is_reported_before_the_plan_s()
    {
        var (_, error) = Find("""{ "severity": { "MP1": "x" } }""", """{ "severity": { "MP2": "y" } }""");
        Assert.Contains("MP1: 'x'", error!.Message(Language.En), StringComparison.Ordinal);
        var (_, planOnly) = Find("""{ }""", """{ "severity": { "MP2": "y" } }""");
        Assert.Contains("MP2: 'y'", planOnly!.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_settings_file_that_is_a_directory_is_refused_in_each_language()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "plans/p/mplan.json"));
        var (_, error) = WorkspaceSettings.Find(Path.Combine(temp.Path, "plans/p"), temp.Path);
        Assert.NotNull(error);
        Assert.StartsWith("the workspace file is not valid: plans/p/mplan.json ", error.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith("工作区文件无效：plans/p/mplan.json ", error.Message(Language.Zh), StringComparison.Ordinal);
        // The reason itself is in the message's language.
        Assert.Matches(@"mplan\.json [a-z]", error.Message(Language.En));
        Assert.Matches(@"mplan\.json \p{IsCJKUnifiedIdeographs}", error.Message(Language.Zh));
    }

    [Fact]
    public void Severities_apply_off_drops_and_others_replace()
    {
        var settings = new WorkspaceSettings(new Dictionary<string, string> { ["MP1"] = "off", ["MP2"] = "error", ["MP3"] = "warning", ["MP4"] = "info" }, null);
        DiagnosticDescriptor D(string code) => new(code, DiagnosticSeverity.Warning, "t", "m", "m");
        var applied = settings.Apply([.. new[] { "MP1", "MP2", "MP3", "MP4", "MP5" }.Select(c => Diagnostic.Create(D(c), SourceSpan.None("f")))]).ToList();
        Assert.Equal(
            ["MP2 Error", "MP3 Warning", "MP4 Info", "MP5 Warning"],
            applied.Select(d => d.Code + " " + d.Severity));
    }
}
