using System;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>The registry of policy keys (privacy model §9): every key the policy reads, found by name for PRIV000.</summary>
    internal static class PolicyKeys
    {
        public const string Prefix = "privacy.";

        private static readonly string[] CreatorFacingTypeSuffixes =
        {
            "Dto", "DTO", "Response", "ViewModel", "Vm", "Model", "Report", "Analytics", "Stats",
            "Statistics", "Summary", "Insights", "Digest", "Dashboard",
        };

        public static readonly ListKey CreatorFacingTypes = new(
            "creator_facing_types",
            ListKind.Globs,
            CreatorFacingTypeSuffixes.Select(suffix => "*Creator*" + suffix).Concat(new[] { "*ForCreator", "*ForCreators" }).ToArray());

        public static readonly ListKey CreatorFacingNamespaces = new("creator_facing_namespaces", ListKind.Globs, "*Creator*", "Studio");

        public static readonly ListKey CreatorRoles = new("creator_roles", ListKind.Names, "*Creator*");

        public static readonly ListKey ResponseTypes = new(
            "response_types", ListKind.Globs, "*Dto", "*DTO", "*Response", "*ViewModel", "*Vm", "*Contract");

        public static readonly ListKey ResponseNamespaces = new(
            "response_namespaces", ListKind.Globs, "Dto", "Dtos", "DTO", "DTOs", "Contracts", "ViewModels", "Responses", "Schemas");

        public static readonly ListKey PublicEngagements = new("public_engagements", ListKind.Words);

        public static readonly ListKey AudienceWords = new(
            "audience_words",
            ListKind.Words,
            "User", "Account", "Profile", "Viewer", "Watcher", "Liker", "Unliker", "Downloader", "Saver", "Sharer", "Follower",
            "Unfollower", "Subscriber", "Fan", "Supporter", "Audience", "Visitor", "Member", "Commenter", "Blocker");

        public static readonly ListKey SubjectWords = new(
            "subject_words", ListKind.Words, "Creator", "Owner", "Author", "Channel", "Publisher", "Uploader");

        public static readonly ListKey UserTypes = new(
            "user_types", ListKind.Globs, "User", "AppUser", "ApplicationUser", "Account", "Member");

        public static readonly ListKey NotificationSinks = new("notification_sinks", ListKind.Globs);

        public static readonly ListKey NegativeEvents = new(
            "negative_events",
            ListKind.Words,
            "Unlike", "Unfollow", "Unsubscribe", "Unfavorite", "Unsave", "Unbookmark", "Unstar", "Unreact",
            "Unfriend", "Dislike", "Downvote", "Block", "Mute");

        public static readonly ListKey PrivateEvents = new(
            "private_events",
            ListKind.Words,
            "Download", "Save", "Bookmark", "Favorite", "Favourite", "View", "Watch", "Visit", "Screenshot");

        public static readonly ImmutableArray<PolicyKey> All = ImmutableArray.Create<PolicyKey>(
            CreatorFacingTypes, CreatorFacingNamespaces, CreatorRoles, ResponseTypes, ResponseNamespaces, PublicEngagements,
            AudienceWords, SubjectWords, UserTypes, NotificationSinks, NegativeEvents, PrivateEvents);

        /// <summary>The key of a full option name (<c>privacy.audience_words</c>), or null.</summary>
        public static PolicyKey? Find(string fullName)
        {
            foreach (var key in All)
            {
                if (string.Equals(key.FullName, fullName, StringComparison.OrdinalIgnoreCase))
                {
                    return key;
                }
            }

            return null;
        }

        /// <summary>The known key closest to a misspelt one, when it is close enough to be meant (<c>privacy.audiance_words</c>).</summary>
        public static PolicyKey? ClosestTo(string fullName)
        {
            PolicyKey? best = null;
            var bestDistance = int.MaxValue;
            foreach (var key in All)
            {
                var distance = EditDistance(fullName.ToLowerInvariant(), key.FullName);
                if (distance < bestDistance)
                {
                    best = key;
                    bestDistance = distance;
                }
            }

            // A third of the key's own part may differ: typos, a missing 's', singular for plural, '-' for '_'.
            return best is not null && bestDistance <= Math.Max(2, best.Name.Length / 3) ? best : null;
        }

        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
