namespace Clipstream.Community;

// What the community endpoints send to anyone who asks. None of these types says "creator": they are response types by
// their names (…Dto) and the endpoints that return them, and PRIV007/PRIV008 judge them as such.

/// <summary>A person as anyone sees them: the public handle and display name.</summary>
public sealed record ProfileCardDto(Guid Id, string Handle, string DisplayName);

/// <summary>A video in the public feed.</summary>
public sealed class VideoCardDto
{
    public Guid Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public int LikeCount { get; init; }

    /// <summary>Its name says nothing about people; what fills it does (see <see cref="VideoCards"/>).</summary>
    public List<Guid> Likes { get; init; } = new();
}

/// <summary>Someone near the caller, in the "people near you" list.</summary>
public sealed class NearbyPersonDto
{
    public required string Handle { get; init; }

    // PRIV008: the exact latitude of another person, sent to whoever asks for the list
    public double Latitude { get; init; }

    // PRIV008: and their exact longitude
    public double Longitude { get; init; }
}

/// <summary>The compliant twin of the nearby list: how many people are around, in coarse rings.</summary>
public sealed class NearbySummaryDto
{
    public int WithinOneKilometre { get; init; }

    public int WithinTenKilometres { get; init; }

    public string? City { get; init; }
}

/// <summary>What a client posts: the caller's own position. Input, not a response.</summary>
public sealed record LocationUpdate(double Latitude, double Longitude);
