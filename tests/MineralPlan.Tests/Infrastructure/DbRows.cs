using System.Data.Common;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>Every row a query returns, as values (DBNull as null), for the GeoPackage and PostGIS tests alike.</summary>
public static class DbRows
{
    public static List<object?[]> Read(DbDataReader reader)
    {
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
