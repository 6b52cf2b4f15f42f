using MineralPlan.Tests.Infrastructure;
using MineralPlan.Workspaces;

namespace MineralPlan.Tests.Workspaces;

/// <summary>
/// The compilation layer reuses what an edit did not touch: one file's new text re-parses that file, re-binds its
/// plan, and re-checks that plan and the plans that read it (children; a parent that counts per region), nothing else.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string Plans = Repo.PathOf("plans");

    private static Workspace Open() => new(Plans, new WorkspaceOptions { DisplayRoot = Repo.Root });

    private static string Kazuo => Path.Combine(Plans, "kazuo");

    private static string KazuoStatus => Path.Combine(Kazuo, "10_status.mplan");

    [Fact]
    public void A_one_file_edit_reparses_one_file_and_rebinds_one_plan()
    {
        var workspace = Open();
        var before = workspace.Current;
        var first = before.Check(Kazuo)!;
        var tieling = before.Check(Path.Combine(Plans, "tieling"))!;
        var (parses, bindings) = (workspace.Work.Parses, workspace.Work.Bindings);

        var edited = File.ReadAllText(KazuoStatus).Replace("值: 2238 平方千米", "值: 2239 平方千米", StringComparison.Ordinal);
        var after = workspace.Update(KazuoStatus, edited, version: 2);
        var second = after.Check(Kazuo)!;

        Assert.Equal(parses + 1, workspace.Work.Parses);
        Assert.Equal(bindings + 1, workspace.Work.Bindings);
        Assert.NotSame(first.Compilation, second.Compilation);
        Assert.Contains(second.Compilation.Plan!.Items, i => i.Id == "county_area" && i.ToString().Contains("2239", StringComparison.Ordinal));
        // Every other file of kazuo is the same parse; tieling (another subtree) is the same check.
        Assert.Equal(first.Compilation.Files.Length, second.Compilation.Files.Count(f => first.Compilation.Files.Contains(f)) + 1);
        Assert.Same(tieling, after.Check(Path.Combine(Plans, "tieling")));
    }

    [Fact]
    public void Asking_again_without_a_change_does_no_work()
    {
        var workspace = Open();
        var first = workspace.Current.Check(Kazuo);
        var work = (workspace.Work.Parses, workspace.Work.Bindings, workspace.Work.Checks);

        var again = workspace.Current.Check(Kazuo);

        Assert.Same(first, again);
        Assert.Equal(work, (workspace.Work.Parses, workspace.Work.Bindings, workspace.Work.Checks));
    }

    [Fact]
    public void A_parent_edit_rechecks_its_children_and_the_child_sees_the_new_parent()
    {
        var workspace = Open();
        var chaoyang = Path.Combine(Plans, "chaoyang");
        var child = workspace.Current.Check(Kazuo)!;
        var parentFile = Path.Combine(chaoyang, "00_plan.mplan");

        // A parent that no longer says who its own parent is: kazuo's chain of ancestors gets shorter.
        var text = File.ReadAllText(parentFile).Replace("上级规划: liaoning", "上级规划: no_such_plan", StringComparison.Ordinal);
        var after = workspace.Update(parentFile, text, version: 1);
        var rechecked = after.Check(Kazuo)!;

        Assert.NotSame(child, rechecked);
        Assert.Same(child.Compilation, rechecked.Compilation);
        Assert.Equal(2, child.AncestorCompilations.Count);
        Assert.Single(rechecked.AncestorCompilations);
        Assert.Contains(after.Dependents(chaoyang), d => d == Kazuo);
    }

    [Fact]
    public void A_child_edit_makes_a_parent_that_counts_per_region_a_dependent_and_only_then()
    {
        var snapshot = Open().Current;

        // chaoyang states 按行政区 counts for 喀左县: an edit of kazuo can change them; liaoning counts per region too,
        // but kazuo is not its child, and tieling's parent (liaoning) counts 喀左县 only.
        Assert.Equal([Path.Combine(Plans, "chaoyang")], snapshot.Dependents(Kazuo));
        Assert.Equal([Path.Combine(Plans, "kazuo"), Path.Combine(Plans, "liaoning")], snapshot.Dependents(Path.Combine(Plans, "chaoyang")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Closing_a_document_goes_back_to_the_disk_text()
    {
        var workspace = Open();
        var onDisk = workspace.Current.Check(Kazuo)!;
        workspace.Update(KazuoStatus, "这不是规划", version: 1);
        Assert.True(workspace.Current.Check(Kazuo)!.HasErrors);

        var closed = workspace.Update(KazuoStatus, text: null, version: 0).Check(Kazuo)!;

        Assert.Equal(onDisk.Diagnostics.Select(d => d.ToString()), closed.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Unsaved_text_of_a_new_file_joins_its_plan()
    {
        var workspace = Open();
        var newFile = Path.Combine(Kazuo, "99_new.mplan");
        Assert.False(File.Exists(newFile));

        var result = workspace.Update(newFile, "现状 extra \"新增\" {\n    年份: 2020\n    值: 1 处\n}\n", version: 1).Check(Kazuo)!;

        Assert.Contains(result.Compilation.Plan!.Items, i => i.Id == "extra");
        Assert.Contains(result.Compilation.Files, f => f.Source.Path.EndsWith("99_new.mplan", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_input_is_a_flag_on_the_descriptor_not_a_list_of_codes()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));
        var result = new Workspace(temp.Path, new WorkspaceOptions { DisplayRoot = temp.Path }).Current.Check(Path.Combine(temp.Path, "empty"))!;

        Assert.True(result.InputUnreadable);
        Assert.Contains(result.Diagnostics, d => d.Code == "MP1017" && d.Descriptor.UnreadableInput);
        Assert.False(Open().Current.Check(Kazuo)!.InputUnreadable);
    }
}
