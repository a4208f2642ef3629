using System;
using System.Collections.Immutable;
using System.Linq;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Names
{
    /// <summary>What a member name says about whose data it holds and whether it names an identifier.</summary>
    internal sealed class NameVocabulary
    {
        /// <summary>Positive engagement verbs: their participles name an audience in "LikedBy", "SharedBy".</summary>
        private static readonly string[] PositiveEngagementVerbs =
        {
            "Like", "Share", "Follow", "Subscribe", "Comment", "React", "Repost", "Upvote", "Star", "Reply", "Mention", "Tag",
        };

        private readonly PrivacyPolicy _policy;
        private readonly ImmutableArray<string> _engagementVerbs;

        public NameVocabulary(PrivacyPolicy policy)
        {
            _policy = policy;
            _readings = new(Compute, StringComparer.Ordinal);
            _engagementVerbs = policy.NegativeEvents.Concat(policy.PrivateEvents).Concat(PositiveEngagementVerbs).ToImmutableArray();
        }

        /// <summary>Member and variable names repeat across a compilation (UserId, OwnerId, cancellationToken): each is read once.</summary>
        private readonly Cache<string, MemberName> _readings;

        public MemberName Read(string name) => _readings[name];

        private MemberName Compute(string name)
        {
            var words = NameWords.Split(name);
            var hasRelationalAudienceWord = false;
            var hasGenericPersonWord = false;
            var hasSubjectWord = false;
            var engagedBy = false;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (IsAudienceWord(word))
                {
                    if (NameWords.IsAnyOrPlural(word, IdentifierNouns.GenericPersonWords))
                    {
                        hasGenericPersonWord = true;
                    }
                    else
                    {
                        hasRelationalAudienceWord = true;
                    }
                }

                hasSubjectWord |= NameWords.IsAnyOrPlural(word, _policy.SubjectWords);
                engagedBy |= i + 1 < words.Count && NameWords.Is(words[i + 1], "By") && IsEngagementParticiple(word);
            }

            // WatchSecondsPerViewer, ViewsByFollower: a breakdown whose keys are the people themselves.
            var keyedByAudience = words.Count > 1 && NameWords.IsAny(words[words.Count - 2], DimensionWords) && IsAudienceWord(words.Last);
            var noun = FindIdentifierNoun(words, out var nounStart);
            var qualifier = nounStart > 0 ? words[nounStart - 1] : null;
            var qualifiedByAudience = qualifier is not null && (IsAudienceWord(qualifier) || NameWords.Is(qualifier, "By"));
            return new MemberName(
                name,
                hasRelationalAudienceWord,
                hasGenericPersonWord,
                hasSubjectWord,
                engagedBy,
                keyedByAudience,
                noun,
                noun == IdentifierNoun.Personal || qualifiedByAudience,
                IdentifierNouns.RowIdentityNames.Contains(name));
        }

        /// <summary>Words that make what follows them the dimension of a breakdown: <c>ViewsByCountry</c>, <c>WatchTimePerViewer</c>.</summary>
        public static readonly ImmutableArray<string> DimensionWords = ImmutableArray.Create("By", "Per");

        private bool IsAudienceWord(string word) => NameWords.IsAnyOrPlural(word, _policy.AudienceWords);

        private bool IsEngagementParticiple(string word) =>
            (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("d", StringComparison.OrdinalIgnoreCase))
            && _engagementVerbs.Any(verb => EventVerbs.IsInflectionOf(word, verb));

        private static IdentifierNoun FindIdentifierNoun(NameWords words, out int start)
        {
            if (IdentifierNouns.EndsWithAny(words, IdentifierNouns.Personal, out start))
            {
                return IdentifierNoun.Personal;
            }

            return IdentifierNouns.EndsWithAny(words, IdentifierNouns.Generic, out start) ? IdentifierNoun.Generic : IdentifierNoun.None;
        }
    }
}
