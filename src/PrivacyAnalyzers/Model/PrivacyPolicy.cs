using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The team's policy: the built-in vocabulary of <c>docs/privacy-model.md</c> adjusted by the
    /// <c>privacy.*</c> keys of <c>.editorconfig</c>/<c>.globalconfig</c>. Parsed once per compilation.
    /// </summary>
    internal sealed class PrivacyPolicy
    {
        public const string KeyPrefix = "privacy.";

        private static readonly string[] CreatorFacingTypeSuffixes =
        {
            "Dto", "DTO", "Response", "ViewModel", "Vm", "Model", "Report", "Analytics", "Stats",
            "Statistics", "Summary", "Insights", "Digest", "Dashboard",
        };

        private static readonly string[] DefaultCreatorFacingTypes =
            CreatorFacingTypeSuffixes.Select(suffix => "*Creator*" + suffix)
                .Concat(new[] { "*ForCreator", "*ForCreators" })
                .ToArray();

        private static readonly string[] DefaultCreatorFacingNamespaces = { "*Creator*", "Studio" };

        private static readonly string[] DefaultCreatorRoles = { "*Creator*" };

        private static readonly string[] DefaultAudienceWords =
        {
            "User", "Viewer", "Watcher", "Liker", "Unliker", "Downloader", "Saver", "Sharer", "Follower",
            "Unfollower", "Subscriber", "Fan", "Supporter", "Audience", "Visitor", "Member", "Commenter", "Blocker",
        };

        private static readonly string[] DefaultSubjectWords = { "Creator", "Owner", "Author", "Channel", "Publisher", "Uploader" };

        private static readonly string[] DefaultUserTypes = { "User", "AppUser", "ApplicationUser", "Account", "Member" };

        private static readonly string[] DefaultNegativeEvents =
        {
            "Unlike", "Unfollow", "Unsubscribe", "Unfavorite", "Unsave", "Unbookmark", "Unstar", "Unreact",
            "Unfriend", "Dislike", "Downvote", "Block", "Mute",
        };

        private static readonly string[] DefaultPrivateEvents =
        {
            "Download", "Save", "Bookmark", "Favorite", "Favourite", "View", "Watch", "Visit", "Screenshot",
        };

        private PrivacyPolicy(Func<string, string?> read)
        {
            CreatorFacingTypes = Globs(DefaultCreatorFacingTypes, read("creator_facing_types"));
            CreatorFacingNamespaces = Globs(DefaultCreatorFacingNamespaces, read("creator_facing_namespaces"));
            CreatorRoles = Globs(DefaultCreatorRoles, read("creator_roles"));
            AudienceWords = Words(DefaultAudienceWords, read("audience_words"));
            SubjectWords = Words(DefaultSubjectWords, read("subject_words"));
            UserTypes = Globs(DefaultUserTypes, read("user_types"));
            NotificationSinks = Globs(Array.Empty<string>(), read("notification_sinks"));
            NegativeEvents = Words(DefaultNegativeEvents, read("negative_events"));
            PrivateEvents = Words(DefaultPrivateEvents, read("private_events"));
        }

        public static PrivacyPolicy Default { get; } = new PrivacyPolicy(_ => null);

        /// <summary>Glob patterns over type simple names and full names.</summary>
        public ImmutableArray<Glob> CreatorFacingTypes { get; }

        /// <summary>Glob patterns over a whole namespace or any one of its segments.</summary>
        public ImmutableArray<Glob> CreatorFacingNamespaces { get; }

        public ImmutableArray<Glob> CreatorRoles { get; }

        public ImmutableArray<string> AudienceWords { get; }

        public ImmutableArray<string> SubjectWords { get; }

        public ImmutableArray<Glob> UserTypes { get; }

        public ImmutableArray<Glob> NotificationSinks { get; }

        public ImmutableArray<string> NegativeEvents { get; }

        public ImmutableArray<string> PrivateEvents { get; }

        public static PrivacyPolicy From(AnalyzerConfigOptions options)
        {
            return new PrivacyPolicy(key => options.TryGetValue(KeyPrefix + key, out var value) ? value : null);
        }

        private static ImmutableArray<Glob> Globs(string[] defaults, string? configured) =>
            PolicyList.Resolve(defaults, configured, StringComparer.Ordinal).Select(p => new Glob(p)).ToImmutableArray();

        private static ImmutableArray<string> Words(string[] defaults, string? configured) =>
            PolicyList.Resolve(defaults, configured, StringComparer.OrdinalIgnoreCase);
    }
}
