using System.Net;
using PrivacyAnalyzers;

namespace Clipstream.Analytics;

// Where a creator's audience is (PRIV004): creators get countries and regions, never a viewer's coordinates,
// IP address or postal code. The leaking types below are built by AudienceGeoReports and served by no endpoint.

/// <summary>
/// Raw playback telemetry: where one playback came from. It belongs to the ingestion pipeline and is not
/// creator-facing, so it may hold precise data; it leaks once a creator type lists it.
/// </summary>
public sealed class PlaybackLocation
{
    public Guid VideoId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Country { get; init; }

    public required string Region { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public IPAddress? ClientIp { get; init; }
}

/// <summary>Compliant: where a video's audience comes from, as coarse aggregates, and the video's own location.</summary>
public sealed class CreatorAudienceGeoReport
{
    public Guid VideoId { get; init; }

    /// <summary>Where the creator filmed the video: the content's own location, not the audience's.</summary>
    public double? VideoLatitude { get; init; }

    public double? VideoLongitude { get; init; }

    public required IReadOnlyDictionary<string, int> ViewsByCountry { get; init; }

    public required IReadOnlyDictionary<string, int> ViewsByRegion { get; init; }

    public string? TopRegion { get; init; }

    public int ViewerRegionCount { get; init; }
}

/// <summary>Compliant: the creator's own studio, marked precise, is theirs to see.</summary>
public sealed class CreatorStudioProfileDto
{
    public Guid CreatorId { get; init; }

    [PreciseLocation]
    public string? StudioAddress { get; init; }

    public string? StudioPostalCode { get; init; }
}

/// <summary>Deliberate violation: a map of recent playbacks, each with its coordinates.</summary>
public sealed class CreatorAudienceMapDto
{
    public Guid VideoId { get; init; }

    public required IReadOnlyDictionary<string, int> ViewsByCountry { get; init; }

    // PRIV004: each PlaybackLocation row carries the latitude and longitude of one person's playback
    public required IReadOnlyList<PlaybackLocation> RecentPlaybacks { get; init; }
}

/// <summary>Deliberate violation: a live dashboard that shows the IP address of the latest viewer.</summary>
public sealed class CreatorLiveAudienceReport
{
    public Guid VideoId { get; init; }

    public int ConcurrentViewers { get; init; }

    public string? TopCountry { get; init; }

    // PRIV004: the latest viewer's IP address locates that one person
    public IPAddress? LastViewerIp { get; init; }
}

/// <summary>Deliberate violation: a weekly digest listing where new followers live. Positional: reported at the parameter.</summary>
public sealed record CreatorFollowerGeoDigest(
    Guid CreatorId,
    int NewFollowers,
    // PRIV004: the postal codes of new followers say where each of them lives
    IReadOnlyList<string> FollowerPostalCodes);

/// <summary>Builds the geo reports from playback telemetry. The leaking members are only ever written here.</summary>
public static class AudienceGeoReports
{
    public static CreatorAudienceGeoReport Summarize(Guid videoId, IReadOnlyCollection<PlaybackLocation> playbacks)
    {
        var byRegion = CountBy(playbacks, p => p.Region);
        return new CreatorAudienceGeoReport
        {
            VideoId = videoId,
            ViewsByCountry = CountBy(playbacks, p => p.Country),
            ViewsByRegion = byRegion,
            TopRegion = byRegion.OrderByDescending(r => r.Value).Select(r => r.Key).FirstOrDefault(),
            ViewerRegionCount = byRegion.Count,
        };
    }

    public static CreatorAudienceMapDto Map(Guid videoId, IReadOnlyCollection<PlaybackLocation> playbacks) => new()
    {
        VideoId = videoId,
        ViewsByCountry = CountBy(playbacks, p => p.Country),
        RecentPlaybacks = playbacks.OrderByDescending(p => p.At).Take(50).ToList(),
    };

    public static CreatorLiveAudienceReport Live(Guid videoId, IReadOnlyCollection<PlaybackLocation> playbacks) => new()
    {
        VideoId = videoId,
        ConcurrentViewers = playbacks.Count,
        TopCountry = CountBy(playbacks, p => p.Country).OrderByDescending(c => c.Value).Select(c => c.Key).FirstOrDefault(),
        LastViewerIp = playbacks.OrderByDescending(p => p.At).FirstOrDefault()?.ClientIp,
    };

    public static CreatorFollowerGeoDigest FollowerDigest(Guid creatorId, IReadOnlyList<string> postalCodes) =>
        new(creatorId, postalCodes.Count, FollowerPostalCodes: postalCodes);

    private static Dictionary<string, int> CountBy(IEnumerable<PlaybackLocation> playbacks, Func<PlaybackLocation, string> key) =>
        playbacks.GroupBy(key).ToDictionary(g => g.Key, g => g.Count());
}
