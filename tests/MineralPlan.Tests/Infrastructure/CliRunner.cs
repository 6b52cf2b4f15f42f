namespace MineralPlan.Tests.Infrastructure;

/// <summary>Runs the mplan CLI in-process from the repository root and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static Result Run(params string[] args) => RunIn(Repo.Root, args);

    public static Result RunIn(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = MineralPlan.Cli.Cli.Run(args, new MineralPlan.Cli.CliContext(output, error, workingDirectory));
        return new Result(code, output.ToString(), error.ToString());
    }
}
