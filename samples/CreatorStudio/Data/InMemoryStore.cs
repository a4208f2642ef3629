using Clipstream.Domain;

namespace Clipstream.Data;

/// <summary>
/// An EF-free store for the sample: plain collections behind one lock. Queries return snapshots, so callers
/// never enumerate a collection another request is changing.
/// </summary>
public sealed class InMemoryStore
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, ApplicationUser> _users = new();
    private readonly Dictionary<Guid, Video> _videos = new();
    private readonly List<Like> _likes = new();
    private readonly List<LikeRemoval> _likeRemovals = new();
    private readonly List<Follow> _follows = new();
    private readonly List<SavedVideo> _saves = new();
    private readonly List<VideoView> _views = new();
    private readonly Dictionary<Guid, DownloadRecord> _downloads = new();

    // Users

    public void AddUser(ApplicationUser user)
    {
        lock (_gate)
        {
            _users[user.Id] = user;
        }
    }

    public ApplicationUser? FindUser(Guid id)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(id);
        }
    }

    public ApplicationUser? FindUserByHandle(string handle)
    {
        lock (_gate)
        {
            return _users.Values.FirstOrDefault(u => string.Equals(u.Handle, handle, StringComparison.OrdinalIgnoreCase));
        }
    }

    // Videos

    public void AddVideo(Video video)
    {
        lock (_gate)
        {
            _videos[video.Id] = video;
        }
    }

    public Video? FindVideo(Guid id)
    {
        lock (_gate)
        {
            return _videos.GetValueOrDefault(id);
        }
    }

    public List<Video> ListVideos()
    {
        lock (_gate)
        {
            return _videos.Values.OrderByDescending(v => v.PublishedAt).ToList();
        }
    }

    public List<Video> VideosOf(Guid creatorId)
    {
        lock (_gate)
        {
            return _videos.Values.Where(v => v.CreatorId == creatorId).OrderByDescending(v => v.PublishedAt).ToList();
        }
    }

    // Likes

    public Like? FindLike(Guid userId, Guid videoId)
    {
        lock (_gate)
        {
            return _likes.FirstOrDefault(l => l.UserId == userId && l.VideoId == videoId);
        }
    }

    public void AddLike(Like like)
    {
        lock (_gate)
        {
            _likes.Add(like);
        }
    }

    public void RemoveLike(Like like)
    {
        lock (_gate)
        {
            if (_likes.Remove(like))
            {
                _likeRemovals.Add(new LikeRemoval { UserId = like.UserId, VideoId = like.VideoId });
            }
        }
    }

    public List<Like> LikesOf(IReadOnlyCollection<Guid> videoIds)
    {
        lock (_gate)
        {
            return _likes.Where(l => videoIds.Contains(l.VideoId)).ToList();
        }
    }

    public List<LikeRemoval> LikeRemovalsOf(IReadOnlyCollection<Guid> videoIds)
    {
        lock (_gate)
        {
            return _likeRemovals.Where(r => videoIds.Contains(r.VideoId)).ToList();
        }
    }

    public int CountLikes(Guid videoId)
    {
        lock (_gate)
        {
            return _likes.Count(l => l.VideoId == videoId);
        }
    }

    // Follows

    public Follow? FindActiveFollow(Guid followerId, Guid creatorId)
    {
        lock (_gate)
        {
            return _follows.FirstOrDefault(f => f.FollowerId == followerId && f.CreatorId == creatorId && f.EndedAt is null);
        }
    }

    public void AddFollow(Follow follow)
    {
        lock (_gate)
        {
            _follows.Add(follow);
        }
    }

    public void EndFollow(Follow follow)
    {
        lock (_gate)
        {
            follow.EndedAt = DateTimeOffset.UtcNow;
        }
    }

    public List<Follow> FollowsOf(Guid creatorId)
    {
        lock (_gate)
        {
            return _follows.Where(f => f.CreatorId == creatorId).ToList();
        }
    }

    // Saves

    public SavedVideo? FindSave(Guid userId, Guid videoId)
    {
        lock (_gate)
        {
            return _saves.FirstOrDefault(s => s.UserId == userId && s.VideoId == videoId);
        }
    }

    public void AddSave(SavedVideo save)
    {
        lock (_gate)
        {
            _saves.Add(save);
        }
    }

    public void RemoveSave(SavedVideo save)
    {
        lock (_gate)
        {
            _saves.Remove(save);
        }
    }

    public List<SavedVideo> SavesBy(Guid userId)
    {
        lock (_gate)
        {
            return _saves.Where(s => s.UserId == userId).OrderByDescending(s => s.SavedAt).ToList();
        }
    }

    public List<SavedVideo> SavesOf(Guid videoId)
    {
        lock (_gate)
        {
            return _saves.Where(s => s.VideoId == videoId).ToList();
        }
    }

    // Views

    public void AddView(VideoView view)
    {
        lock (_gate)
        {
            _views.Add(view);
        }
    }

    public List<VideoView> ViewsOf(IReadOnlyCollection<Guid> videoIds)
    {
        lock (_gate)
        {
            return _views.Where(v => videoIds.Contains(v.VideoId)).ToList();
        }
    }

    // Downloads

    public void AddDownload(DownloadRecord download)
    {
        lock (_gate)
        {
            _downloads[download.Id] = download;
        }
    }

    public void CompleteDownload(DownloadRecord download, string fileUrl)
    {
        lock (_gate)
        {
            download.FileUrl = fileUrl;
            download.Status = DownloadStatus.Ready;
        }
    }

    public DownloadRecord? FindDownload(Guid id)
    {
        lock (_gate)
        {
            return _downloads.GetValueOrDefault(id);
        }
    }

    public List<DownloadRecord> DownloadsOf(IReadOnlyCollection<Guid> videoIds)
    {
        lock (_gate)
        {
            return _downloads.Values.Where(d => videoIds.Contains(d.VideoId)).OrderByDescending(d => d.RequestedAt).ToList();
        }
    }

    /// <summary>A store with a creator, a few viewers, videos and some engagement, so every endpoint has data.</summary>
    public static InMemoryStore CreateSeeded()
    {
        var store = new InMemoryStore();
        var ava = NewUser(1000001, "ava", "Ava Studio", isCreator: true);
        var ben = NewUser(1000002, "ben", "Ben", isCreator: false);
        var cleo = NewUser(1000003, "cleo", "Cleo", isCreator: false);
        var dev = NewUser(1000004, "dev", "Dev", isCreator: true);
        foreach (var user in new[] { ava, ben, cleo, dev })
        {
            store.AddUser(user);
        }

        var now = DateTimeOffset.UtcNow;
        var skate = new Video { CreatorId = ava.Id, Title = "Kickflip in slow motion", Duration = TimeSpan.FromSeconds(28), PublishedAt = now.AddDays(-3) };
        var ramen = new Video { CreatorId = ava.Id, Title = "Five-minute ramen", Duration = TimeSpan.FromSeconds(54), PublishedAt = now.AddDays(-1) };
        var synth = new Video { CreatorId = dev.Id, Title = "Modular synth jam", Duration = TimeSpan.FromSeconds(41), PublishedAt = now.AddHours(-5) };
        foreach (var video in new[] { skate, ramen, synth })
        {
            store.AddVideo(video);
        }

        store.AddFollow(new Follow { FollowerId = ben.Id, CreatorId = ava.Id, FollowedAt = now.AddDays(-10) });
        store.AddFollow(new Follow { FollowerId = cleo.Id, CreatorId = ava.Id, FollowedAt = now.AddDays(-2) });
        store.AddFollow(new Follow { FollowerId = ava.Id, CreatorId = dev.Id, FollowedAt = now.AddDays(-4) });

        store.AddLike(new Like { UserId = ben.Id, VideoId = skate.Id, LikedAt = now.AddDays(-2) });
        store.AddLike(new Like { UserId = cleo.Id, VideoId = skate.Id, LikedAt = now.AddDays(-2).AddHours(3) });
        store.AddLike(new Like { UserId = ben.Id, VideoId = ramen.Id, LikedAt = now.AddHours(-20) });

        store.AddSave(new SavedVideo { UserId = cleo.Id, VideoId = ramen.Id, SavedAt = now.AddHours(-18) });
        store.AddDownload(new DownloadRecord { UserId = ben.Id, VideoId = skate.Id, RequestedAt = now.AddDays(-1), Status = DownloadStatus.Ready, FileUrl = "/files/seed.mp4" });

        string[] countries = { "DE", "BR", "JP", "DE", "US" };
        for (var i = 0; i < countries.Length; i++)
        {
            Guid? viewer = (i % 3) switch { 0 => ben.Id, 1 => cleo.Id, _ => null };
            store.AddView(new VideoView
            {
                VideoId = i % 2 == 0 ? skate.Id : ramen.Id,
                ViewerId = viewer,
                WatchTime = TimeSpan.FromSeconds(12 + (i * 7)),
                Completed = i % 2 == 0,
                Country = countries[i],
                ViewedAt = now.AddHours(-i * 6),
            });
        }

        return store;
    }

    private static ApplicationUser NewUser(long uid, string handle, string displayName, bool isCreator) => new()
    {
        Id = Guid.NewGuid(),
        Uid = uid,
        UserName = handle,
        Handle = handle,
        DisplayName = displayName,
        Email = handle + "@example.com",
        IsCreator = isCreator,
    };
}
