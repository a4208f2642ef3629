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
        /// <summary>The generic account word: on its own it names the subject's account, not other people.</summary>
        private const string GenericPersonWord = "User";

        /// <summary>Nouns that identify a person by themselves, whoever qualifies them (longest first).</summary>
        private static readonly string[][] PersonalNouns =
        {
            new[] { "Phone", "Number" }, new[] { "Email", "Address" }, new[] { "Profile", "Url" }, new[] { "Avatar", "Url" },
            new[] { "Display", "Name" }, new[] { "Full", "Name" }, new[] { "Nick", "Name" },
            new[] { "Username" }, new[] { "Handle" }, new[] { "Email" }, new[] { "Phone" }, new[] { "Nickname" }, new[] { "Login" },
        };

        /// <summary>Nouns that identify a person only when an audience word qualifies them (ViewerId, but VideoId).</summary>
        private static readonly string[][] GenericNouns = { new[] { "Id" }, new[] { "Name" } };

        /// <summary>Member names that identify a person inside a row about people.</summary>
        private static readonly ImmutableHashSet<string> IdentityRowNames = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "UserId", "UserName", "Username", "Handle", "Email", "EmailAddress", "Phone", "PhoneNumber", "Nickname",
            "ProfileUrl", "DisplayName", "FullName", "AvatarUrl");

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
                    if (NameWords.IsOrPlural(word, GenericPersonWord))
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

            var noun = FindIdentifierNoun(words, out var nounStart);
            var qualifier = nounStart > 0 ? words[nounStart - 1] : null;
            var qualifiedByAudience = qualifier is not null && (IsAudienceWord(qualifier) || NameWords.Is(qualifier, "By"));
            return new MemberName(
                name,
                hasRelationalAudienceWord,
                hasGenericPersonWord,
                hasSubjectWord,
                engagedBy,
                noun,
                noun == IdentifierNoun.Personal || qualifiedByAudience,
                IdentityRowNames.Contains(name));
        }

        private bool IsAudienceWord(string word) => NameWords.IsAnyOrPlural(word, _policy.AudienceWords);

        private bool IsEngagementParticiple(string word) =>
            (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("d", StringComparison.OrdinalIgnoreCase))
            && _engagementVerbs.Any(verb => EventVerbs.IsInflectionOf(word, verb));

        private static IdentifierNoun FindIdentifierNoun(NameWords words, out int start)
        {
            if (EndsWithAny(words, PersonalNouns, out start))
            {
                return IdentifierNoun.Personal;
            }

            return EndsWithAny(words, GenericNouns, out start) ? IdentifierNoun.Generic : IdentifierNoun.None;
        }

        private static bool EndsWithAny(NameWords words, string[][] nouns, out int start)
        {
            foreach (var noun in nouns)
            {
                start = words.Count - noun.Length;
                if (start >= 0 && EndsWith(words, noun, start))
                {
                    return true;
                }
            }

            start = -1;
            return false;
        }

        private static bool EndsWith(NameWords words, string[] noun, int start)
        {
            for (var i = 0; i < noun.Length - 1; i++)
            {
                if (!NameWords.Is(words[start + i], noun[i]))
                {
                    return false;
                }
            }

            return NameWords.IsOrPlural(words.Last, noun[noun.Length - 1]);
        }
    }

    internal enum IdentifierNoun
    {
        None,

        /// <summary>Id or Name: identifies a person only when an audience word qualifies it.</summary>
        Generic,

        /// <summary>Email, Handle, Username …: identifies a person by itself.</summary>
        Personal,
    }

    /// <summary>The reading of one member name.</summary>
    internal sealed class MemberName
    {
        public MemberName(
            string text,
            bool hasRelationalAudienceWord,
            bool hasGenericPersonWord,
            bool hasSubjectWord,
            bool isEngagedBy,
            IdentifierNoun noun,
            bool nounIdentifiesAudience,
            bool isIdentityRowName)
        {
            Text = text;
            HasRelationalAudienceWord = hasRelationalAudienceWord;
            HasGenericPersonWord = hasGenericPersonWord;
            HasSubjectWord = hasSubjectWord;
            IsEngagedBy = isEngagedBy;
            Noun = noun;
            NounIdentifiesAudience = nounIdentifiesAudience;
            IsIdentityRowName = isIdentityRowName;
        }

        public string Text { get; }

        /// <summary>Viewer, Follower, Fan …: words that always mean other people.</summary>
        public bool HasRelationalAudienceWord { get; }

        /// <summary>"User": the subject's own account unless the member holds many of them.</summary>
        public bool HasGenericPersonWord { get; }

        public bool HasSubjectWord { get; }

        /// <summary>An engagement participle followed by "By": LikedBy, DownloadedBy.</summary>
        public bool IsEngagedBy { get; }

        public IdentifierNoun Noun { get; }

        /// <summary>The identifier noun is personal, or qualified by an audience word (ViewerId, not VideoId).</summary>
        public bool NounIdentifiesAudience { get; }

        /// <summary>UserId, Handle, Email …: a person's identifier when it stands inside a row about people.</summary>
        public bool IsIdentityRowName { get; }

        /// <summary>Belongs to the creator or the content, never to the audience (CreatorId, ChannelHandle, OwnerUserId).</summary>
        public bool IsSubject => HasSubjectWord && !HasRelationalAudienceWord && !IsEngagedBy;

        /// <summary>Names other people. "User" alone names them only for a collection (UserIds), not a single value (UserId).</summary>
        public bool NamesAudience(bool isCollection) =>
            IsEngagedBy || HasRelationalAudienceWord || (HasGenericPersonWord && isCollection && !HasSubjectWord);
    }
}
