namespace MineralPlan.Geometry.Crs;

/// <summary>
/// The EPSG codes of the CGCS2000 systems plans use (EPSG registry): 4490 geographic; 4513–4533 the 3° Gauss-Krüger
/// zones 25–45 with the zone prefix in the easting; 4534–4554 the same zones by central meridian 75°E–135°E
/// without the prefix. The inverse of GeoJsonLayerReader.FromEpsg.
/// </summary>
public static class EpsgCodes
{
    public static int? Of(CrsSpec crs) => crs.Kind switch
    {
        CrsKind.LonLat => 4490,
        CrsKind.GaussKruger when crs.Zone is { } zone and >= 25 and <= 45 => 4513 + zone - 25,
        CrsKind.GaussKruger when crs.Zone is null && crs.CentralMeridian is >= 75 and <= 135 => 4534 + ((int)crs.CentralMeridian / 3) - 25,
        _ => null,
    };
}
