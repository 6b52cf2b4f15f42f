using Npgsql;

namespace MineralPlan.Geometry.Database;

/// <summary>
/// A PostgreSQL address as users write it: a URI <c>postgresql://user:password@host:port/database?sslmode=require</c>
/// (libpq's form) or an Npgsql key=value string. Npgsql reads only the latter, so the URI is translated here.
/// </summary>
public static class DatabaseAddress
{
    public static (NpgsqlConnectionStringBuilder? Builder, string? Problem) Parse(string text)
    {
        if (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.AbsolutePath.Trim('/').Length == 0)
            {
                return (null, "expected postgresql://user:password@host:port/database");
            }

            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
                Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
                Timeout = 10,
                CommandTimeout = 300,
            };
            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length == 2)
                {
                    builder.Password = Uri.UnescapeDataString(parts[1]);
                }
            }

            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                if (kv.Length != 2 || !TrySet(builder, Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv[1])))
                {
                    return (null, $"unknown or bad parameter '{pair}'");
                }
            }

            return (builder, null);
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text) { Timeout = 10 };
            return builder.Host is null or "" ? (null, "no host; expected postgresql://user:password@host:port/database") : (builder, null);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }

    private static bool TrySet(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        try
        {
            builder[key] = value;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            return false;
        }
    }
}
