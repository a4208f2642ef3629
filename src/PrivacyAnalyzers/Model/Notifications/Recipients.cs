using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Who a notification is addressed to, as far as names tell: the creator (video.OwnerId, creatorId) or the person
    /// who acted (userId, downloaderId, Clients.Caller). A message to the actor themself ("your download is ready")
    /// is not a leak.
    /// </summary>
    internal sealed class Recipients
    {
        private static readonly ImmutableArray<string> ActorWords = ImmutableArray.Create("Actor", "Caller", "Current", "Me", "Self");

        private readonly NameVocabulary _names;
        private readonly Cache<string, bool> _actorWords = new(IsActorWord, StringComparer.Ordinal);

        public Recipients(NameVocabulary names) => _names = names;

        public bool IsAddressedToActor(IOperation sink)
        {
            var addressedToActor = false;
            foreach (var name in RecipientNames(sink))
            {
                var reading = _names.Read(name);
                if (reading.HasSubjectWord)
                {
                    return false;
                }

                addressedToActor |= reading.HasRelationalAudienceWord || reading.HasGenericPersonWord || _actorWords[name];
            }

            return addressedToActor;
        }

        private static bool IsActorWord(string name)
        {
            foreach (var word in NameWords.Split(name).Words)
            {
                if (NameWords.IsAny(word, ActorWords))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Names of the values that can address the notification: arguments and initializer values that are references
        /// (not text), including the arguments of the receiver chain (<c>Clients.User(userId)</c>) and its members (<c>Clients.Caller</c>).
        /// </summary>
        private static IEnumerable<string> RecipientNames(IOperation sink)
        {
            var values = new List<IOperation>();
            switch (sink)
            {
                case IInvocationOperation invocation:
                    AddArguments(values, invocation.Arguments);
                    for (var receiver = invocation.Receiver(); receiver is not null; receiver = receiver.InnerReceiver())
                    {
                        if (receiver is IInvocationOperation call)
                        {
                            AddArguments(values, call.Arguments);
                        }
                        else if (receiver is IPropertyReferenceOperation property)
                        {
                            values.Add(property);
                        }
                    }

                    break;
                case IObjectCreationOperation creation:
                    AddArguments(values, creation.Arguments);
                    if (creation.Initializer is not null)
                    {
                        foreach (var assignment in creation.Initializer.Initializers)
                        {
                            if (assignment is ISimpleAssignmentOperation simple)
                            {
                                values.Add(simple.Value);
                            }
                        }
                    }

                    break;
            }

            foreach (var value in values)
            {
                var name = ReferencedName(value);
                if (name is not null)
                {
                    yield return name;
                }
            }
        }

        private static void AddArguments(List<IOperation> values, ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                values.Add(argument.Value);
            }
        }

        /// <summary>userId, video.OwnerId, owner.Id.ToString() → the name that says whose it is.</summary>
        private static string? ReferencedName(IOperation value)
        {
            while (true)
            {
                switch (value)
                {
                    case IConversionOperation conversion:
                        value = conversion.Operand;
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                        value = instance;
                        continue;
                    case IPropertyReferenceOperation { Property.Name: "Id" or "Value", Instance: { } owner }:
                        value = owner;
                        continue;
                    case IMemberReferenceOperation member:
                        return member.Member.Name;
                    case ILocalReferenceOperation local:
                        return local.Local.Name;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter.Name;
                    default:
                        return null;
                }
            }
        }
    }
}
