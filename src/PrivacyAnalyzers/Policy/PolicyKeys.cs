using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>What a list option holds, which decides how its entries are matched and validated.</summary>
    internal enum PolicyValueKind
    {
        /// <summary>PascalCase words matched against the words of a name (<c>Patron</c>).</summary>
        Words,

        /// <summary>Glob patterns over simple or full names (<c>*PayoutStatement</c>, <c>Acme.Partner.*</c>).</summary>
        Globs,

        /// <summary>Role or policy names, globs allowed (<c>Partner</c>, <c>*Creator*</c>).</summary>
        Names,
    }

    /// <summary>One <c>privacy.*</c> key of the policy (privacy model §6), with its built-in defaults.</summary>
    internal sealed class PolicyKey
    {
        public PolicyKey(string name, PolicyValueKind kind, params string[] defaults)
        {
            Name = name;
            Kind = kind;
            Defaults = defaults.ToImmutableArray();
        }

        /// <summary>The key without the <c>privacy.</c> prefix.</summary>
        public string Name { get; }

        public string FullName => PolicyKeys.Prefix + Name;

        public PolicyValueKind Kind { get; }

        public ImmutableArray<string> Defaults { get; }

        public StringComparer Comparer => Kind == PolicyValueKind.Words ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    }

    /// <summary>The registry of policy keys: their defaults, and the checks behind PRIV000.</summary>
    internal static class PolicyKeys
    {
        public const string Prefix = "privacy.";

        private static readonly string[] CreatorFacingTypeSuffixes =
        {
            "Dto", "DTO", "Response", "ViewModel", "Vm", "Model", "Report", "Analytics", "Stats",
            "Statistics", "Summary", "Insights", "Digest", "Dashboard",
        };

        public static readonly PolicyKey CreatorFacingTypes = new(
            "creator_facing_types",
            PolicyValueKind.Globs,
            CreatorFacingTypeSuffixes.Select(suffix => "*Creator*" + suffix).Concat(new[] { "*ForCreator", "*ForCreators" }).ToArray());

        public static readonly PolicyKey CreatorFacingNamespaces = new("creator_facing_namespaces", PolicyValueKind.Globs, "*Creator*", "Studio");

        public static readonly PolicyKey CreatorRoles = new("creator_roles", PolicyValueKind.Names, "*Creator*");

        public static readonly PolicyKey AudienceWords = new(
            "audience_words",
            PolicyValueKind.Words,
            "User", "Viewer", "Watcher", "Liker", "Unliker", "Downloader", "Saver", "Sharer", "Follower",
            "Unfollower", "Subscriber", "Fan", "Supporter", "Audience", "Visitor", "Member", "Commenter", "Blocker");

        public static readonly PolicyKey SubjectWords = new(
            "subject_words", PolicyValueKind.Words, "Creator", "Owner", "Author", "Channel", "Publisher", "Uploader");

        public static readonly PolicyKey UserTypes = new(
            "user_types", PolicyValueKind.Globs, "User", "AppUser", "ApplicationUser", "Account", "Member");

        public static readonly PolicyKey NotificationSinks = new("notification_sinks", PolicyValueKind.Globs);

        public static readonly PolicyKey NegativeEvents = new(
            "negative_events",
            PolicyValueKind.Words,
            "Unlike", "Unfollow", "Unsubscribe", "Unfavorite", "Unsave", "Unbookmark", "Unstar", "Unreact",
            "Unfriend", "Dislike", "Downvote", "Block", "Mute");

        public static readonly PolicyKey PrivateEvents = new(
            "private_events",
            PolicyValueKind.Words,
            "Download", "Save", "Bookmark", "Favorite", "Favourite", "View", "Watch", "Visit", "Screenshot");

        public static readonly ImmutableArray<PolicyKey> All = ImmutableArray.Create(
            CreatorFacingTypes, CreatorFacingNamespaces, CreatorRoles, AudienceWords, SubjectWords, UserTypes,
            NotificationSinks, NegativeEvents, PrivateEvents);

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

        /// <summary>What is wrong with a configured value, one sentence per problem; empty when it is well formed.</summary>
        public static IEnumerable<string> Problems(PolicyKey key, string value)
        {
            var parts = value.Split(',');
            foreach (var part in parts)
            {
                var entry = part.Trim();
                if (entry.Length == 0)
                {
                    if (parts.Length > 1 || value.Trim().Length == 0)
                    {
                        yield return "it has an empty entry";
                    }

                    continue;
                }

                var removes = entry.StartsWith("-", StringComparison.Ordinal);
                var text = removes ? entry.Substring(1).Trim() : entry;
                if (!IsWellFormed(key.Kind, text))
                {
                    yield return $"'{entry}' is not {Describe(key.Kind)}";
                }
                else if (removes && !key.Defaults.Contains(text, key.Comparer))
                {
                    yield return $"'{entry}' removes nothing: '{text}' is not a default";
                }
            }
        }

        private static bool IsWellFormed(PolicyValueKind kind, string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (var c in text)
            {
                var allowed = kind switch
                {
                    PolicyValueKind.Words => char.IsLetterOrDigit(c),
                    PolicyValueKind.Globs => char.IsLetterOrDigit(c) || c is '_' or '.' or '*' or '?' or '`',
                    _ => !char.IsControl(c) && c is not ('=' or ';' or '#'),
                };
                if (!allowed)
                {
                    return false;
                }
            }

            return kind != PolicyValueKind.Words || char.IsLetter(text[0]);
        }

        private static string Describe(PolicyValueKind kind) => kind switch
        {
            PolicyValueKind.Words => "a word (letters and digits, such as Patron)",
            PolicyValueKind.Globs => "a name pattern (letters, digits, '_', '.', '*', '?')",
            _ => "a role or policy name",
        };

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
