using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// The team's policy, typed: the built-in vocabulary of docs/privacy-model.md adjusted by the <c>privacy.*</c> keys of
    /// <c>.editorconfig</c>/<c>.globalconfig</c> (privacy model §9). Parsed once per compilation and distinct set of options; a
    /// malformed value leaves the default in place (PRIV000 reports it).
    /// </summary>
    internal sealed class PrivacyPolicy
    {
        private PrivacyPolicy(Func<PolicyKey, string?> read)
        {
            CreatorFacingTypes = Globs(PolicyKeys.CreatorFacingTypes, read);
            CreatorFacingNamespaces = Globs(PolicyKeys.CreatorFacingNamespaces, read);
            CreatorRoles = Globs(PolicyKeys.CreatorRoles, read);
            ResponseTypes = Globs(PolicyKeys.ResponseTypes, read);
            ResponseNamespaces = Globs(PolicyKeys.ResponseNamespaces, read);
            PublicEngagements = Words(PolicyKeys.PublicEngagements, read);
            AudienceWords = Words(PolicyKeys.AudienceWords, read);
            SubjectWords = Words(PolicyKeys.SubjectWords, read);
            UserTypes = Globs(PolicyKeys.UserTypes, read);
            NotificationSinks = Globs(PolicyKeys.NotificationSinks, read);
            NegativeEvents = Words(PolicyKeys.NegativeEvents, read);
            PrivateEvents = Words(PolicyKeys.PrivateEvents, read);
        }

        /// <summary>Glob patterns over type simple names and full names.</summary>
        public ImmutableArray<Glob> CreatorFacingTypes { get; }

        /// <summary>Glob patterns over a whole namespace or any one of its segments.</summary>
        public ImmutableArray<Glob> CreatorFacingNamespaces { get; }

        public ImmutableArray<Glob> CreatorRoles { get; }

        /// <summary>Glob patterns over the names of types that leave the server in responses (simple or full names).</summary>
        public ImmutableArray<Glob> ResponseTypes { get; }

        /// <summary>Glob patterns over a namespace segment (or a whole namespace) that holds response types.</summary>
        public ImmutableArray<Glob> ResponseNamespaces { get; }

        /// <summary>Engagements the platform shows publicly: their rosters are no leak (default: none).</summary>
        public ImmutableArray<string> PublicEngagements { get; }

        public ImmutableArray<string> AudienceWords { get; }

        public ImmutableArray<string> SubjectWords { get; }

        public ImmutableArray<Glob> UserTypes { get; }

        public ImmutableArray<Glob> NotificationSinks { get; }

        public ImmutableArray<string> NegativeEvents { get; }

        public ImmutableArray<string> PrivateEvents { get; }

        /// <summary>
        /// The configured value of every key for one file, read from its options (.editorconfig sections and global
        /// configs merged); equal texts mean equal policies, so one policy serves every file that shares them.
        /// </summary>
        public static string ConfiguredText(AnalyzerConfigOptions options)
        {
            var text = new System.Text.StringBuilder();
            foreach (var key in PolicyKeys.All)
            {
                if (options.TryGetValue(key.FullName, out var value))
                {
                    text.Append(key.Name).Append('=').Append(value).Append('\n');
                }
            }

            return text.ToString();
        }

        public static PrivacyPolicy From(AnalyzerConfigOptions options) =>
            new(key => options.TryGetValue(key.FullName, out var value) ? value : null);

        private static ImmutableArray<Glob> Globs(ListKey key, Func<PolicyKey, string?> read) =>
            key.Resolve(read(key)).Select(p => new Glob(p)).ToImmutableArray();

        private static ImmutableArray<string> Words(ListKey key, Func<PolicyKey, string?> read) =>
            key.Resolve(read(key));
    }
}
