using System.Collections.Concurrent;

namespace Clipstream.Community;

/// <summary>The last position each person shared from the app, for "people near you". In memory, like the store.</summary>
public sealed class NearbyIndex
{
    private readonly ConcurrentDictionary<Guid, (double Latitude, double Longitude)> _positions = new();

    public void Update(Guid userId, LocationUpdate update) => _positions[userId] = (update.Latitude, update.Longitude);

    /// <summary>Everyone else within <paramref name="kilometres"/> of a point, nearest first, with their distance.</summary>
    public List<(Guid UserId, double Latitude, double Longitude, double Kilometres)> Around(Guid callerId, double latitude, double longitude, double kilometres) =>
        _positions
            .Where(p => p.Key != callerId)
            .Select(p => (p.Key, p.Value.Latitude, p.Value.Longitude, Kilometres: Distance(latitude, longitude, p.Value.Latitude, p.Value.Longitude)))
            .Where(p => p.Kilometres <= kilometres)
            .OrderBy(p => p.Kilometres)
            .ToList();

    /// <summary>Great-circle distance in kilometres.</summary>
    private static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadius = 6371;
        double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return EarthRadius * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }
}
