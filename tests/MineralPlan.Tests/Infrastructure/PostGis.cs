using System.Diagnostics;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL with PostGIS for the database tests: <c>MPLAN_TEST_POSTGRES</c> (a postgresql:// address whose
/// user may create databases) when set; else the Debian cluster this machine has (apt postgresql and
/// postgresql-postgis; .ci/run installs them), started here as root and given a test role. Each test gets its
/// own database, dropped when it is disposed. Where none can be had, <see cref="CannotRun"/> says why.
/// </summary>
public sealed class PostGis : IDisposable
{
    private const string Role = "mplan_test";

    private static readonly Lazy<(string? Server, string? Problem)> Server = new(Find);

    private readonly string? _database;

    public PostGis()
    {
        if (Server.Value.Problem is { } problem)
        {
            CannotRun = problem;
            return;
        }

        _database = "mplan_" + Guid.NewGuid().ToString("N")[..12];
        var created = Psql("postgres", $"CREATE DATABASE {_database} OWNER {Role};");
        var extension = created.Code == 0 ? Psql(_database, "CREATE EXTENSION IF NOT EXISTS postgis;") : created;
        if (extension.Code != 0)
        {
            CannotRun = "cannot create a PostGIS database: " + extension.Output.Trim();
            return;
        }

        Address = $"{Server.Value.Server}/{_database}";
    }

    /// <summary>Why no database is available, or null.</summary>
    public string? CannotRun { get; }

    /// <summary>postgresql://… of this test's database.</summary>
    public string Address { get; } = string.Empty;

    public void Dispose()
    {
        if (_database is not null && CannotRun is null)
        {
            Psql("postgres", $"DROP DATABASE IF EXISTS {_database} WITH (FORCE);");
        }
    }

    private static (string? Server, string? Problem) Find()
    {
        if (Environment.GetEnvironmentVariable("MPLAN_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return (given.TrimEnd('/'), null);
        }

        if (!File.Exists("/usr/bin/pg_ctlcluster") || !File.Exists("/usr/bin/pg_lsclusters"))
        {
            return (null, "PostgreSQL is not installed (apt-get install postgresql postgresql-postgis; .ci/run does it where apt is allowed), and MPLAN_TEST_POSTGRES is not set");
        }

        if (Environment.UserName != "root")
        {
            return (null, "starting the system PostgreSQL cluster needs root; set MPLAN_TEST_POSTGRES=postgresql://user:password@host:port to a server whose user may create databases");
        }

        var clusters = Run("pg_lsclusters", ["--no-header"]);
        var first = clusters.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (first is not { Length: >= 3 })
        {
            return (null, "no PostgreSQL cluster exists (pg_createcluster)");
        }

        var (version, name, port) = (first[0], first[1], first[2]);
        if (!clusters.Output.Contains("online", StringComparison.Ordinal))
        {
            var start = Run("pg_ctlcluster", [version, name, "start"]);
            if (start.Code != 0)
            {
                return (null, "pg_ctlcluster could not start the cluster: " + start.Output.Trim());
            }
        }

        var role = Psql("postgres", $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Role}') THEN CREATE ROLE {Role} LOGIN PASSWORD '{Role}' CREATEDB; END IF; END $$;");
        return role.Code == 0
            ? ($"postgresql://{Role}:{Role}@localhost:{port}", null)
            : (null, "cannot create the test role: " + role.Output.Trim());
    }

    /// <summary>SQL as the server's administrator: the postgres user through psql, or the MPLAN_TEST_POSTGRES user.</summary>
    private static (int Code, string Output) Psql(string database, string sql)
    {
        if (Environment.GetEnvironmentVariable("MPLAN_TEST_POSTGRES") is not { Length: > 0 } given)
        {
            return Run("runuser", ["-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-q", "-d", database, "-c", sql]);
        }

        var (builder, problem) = MineralPlan.Geometry.Database.DatabaseAddress.Parse(given.TrimEnd('/') + "/" + database);
        if (builder is null)
        {
            return (1, "MPLAN_TEST_POSTGRES: " + problem);
        }

        try
        {
            using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = new Npgsql.NpgsqlCommand(sql.Replace($" OWNER {Role}", string.Empty, StringComparison.Ordinal), connection);
            command.ExecuteNonQuery();
            return (0, string.Empty);
        }
        catch (Npgsql.NpgsqlException e)
        {
            return (1, e.Message);
        }
    }

    private static (int Code, string Output) Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        args.ToList().ForEach(start.ArgumentList.Add);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, file + " did not finish within a minute");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, file + ": " + e.Message);
        }
    }
}
