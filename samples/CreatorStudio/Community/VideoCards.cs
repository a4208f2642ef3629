using Clipstream.Data;
using Clipstream.Domain;

namespace Clipstream.Community;

/// <summary>Maps videos to the cards of the public feed.</summary>
public static class VideoCards
{
    public static VideoCardDto ToCard(this Video video, InMemoryStore store)
    {
        var likes = store.LikesOf(new[] { video.Id });
        return new VideoCardDto
        {
            Id = video.Id,
            Title = video.Title,
            LikeCount = likes.Count,
            // PRIV007: the ids of everyone who liked the video, projected out of its like records
            Likes = likes.Select(l => l.UserId).ToList(),
        };
    }

    /// <summary>The compliant twin: the card with its count only.</summary>
    public static VideoCardDto ToCountedCard(this Video video, InMemoryStore store) => new()
    {
        Id = video.Id,
        Title = video.Title,
        LikeCount = store.CountLikes(video.Id),
    };
}
