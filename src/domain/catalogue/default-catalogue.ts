import type { Catalogue } from './types';

/**
 * The sample catalogue every new installation starts with, and the fallback when a pasted
 * catalogue has no usable value. Written to be a credible starting point for a real support team,
 * not placeholder text: admins often keep parts of it.
 */
export const DEFAULT_CATALOGUE: Catalogue = {
  mission:
    'Help every customer get back to what they were doing, with an answer they can trust and the sense that someone was on their side.',
  vision:
    'Support that customers recommend to their friends: most questions solved in the first reply, nothing lost between teams, and every conversation making the product a little better.',
  missionQuestions: [
    {
      phrase: 'get back to what they were doing',
      text: 'Do our replies end the interruption, or do they start a longer conversation than the customer wanted?',
    },
    { phrase: 'an answer they can trust', text: 'When we are not sure, do we say so, and say when we will be?' },
    {
      phrase: 'someone was on their side',
      text: 'Would the customer say we were on their side, even when the answer was no?',
    },
  ],
  visionQuestions: [
    { phrase: 'solved in the first reply', text: 'What did the last ticket that needed three replies teach us?' },
    { phrase: 'nothing lost between teams', text: 'Which hand-over this week made a customer repeat themselves?' },
  ],
  values: [
    {
      id: 'own-the-outcome',
      name: 'Own the outcome',
      description:
        'A ticket is finished when the customer’s problem is gone, not when we have replied. We follow the issue across teams and come back without being chased.',
      prompts: [
        'Say what you will do next and by when.',
        'If another team has to act, stay on the ticket and tell the customer who has it.',
        'Before solving, check that the original question is really answered.',
      ],
      questions: [
        'If this customer wrote again tomorrow, would it be because of something I left open?',
        'Have I handed anything over without making sure it was picked up?',
      ],
      signals: ['follow up', 'still waiting', 'escalate', 'no one replied'],
      tag: 'vc_own_the_outcome',
    },
    {
      id: 'lead-with-empathy',
      name: 'Lead with empathy',
      description:
        'We notice how the customer is feeling before we fix what they asked about. Acknowledging frustration, stress or a deadline costs one sentence and changes the whole conversation.',
      prompts: [
        'Name the impact on the customer in your first sentence.',
        'Match the urgency they feel, even when the fix is simple.',
        'Thank them for details that helped you.',
      ],
      questions: ['What is this problem costing the customer today?', 'Would my reply sound kind if it were read aloud?'],
      signals: ['frustrated', 'disappointed', 'urgent', 'deadline', 'upset'],
      tag: 'vc_lead_with_empathy',
    },
    {
      id: 'say-it-plainly',
      name: 'Say it plainly',
      description:
        'Clear beats clever. We use the customer’s words, put the answer first and are honest about what we know, what we do not know yet and what we cannot do.',
      prompts: [
        'Put the answer or the next step in the first two lines.',
        'Replace internal names and jargon with what the customer sees.',
        'When the answer is no, say so and offer the best alternative.',
      ],
      questions: ['Could the customer act on this reply without writing back?', 'Is there anything here I am hoping they will not notice?'],
      signals: ['confused', 'what does this mean', 'unclear', 'why'],
      tag: 'vc_say_it_plainly',
    },
    {
      id: 'make-it-effortless',
      name: 'Make it effortless',
      description:
        'Every extra step we ask for is work we have handed to the customer. We gather what we can ourselves, ask for everything else at once and remove the need to contact us again.',
      prompts: [
        'Look up the account details before asking for them.',
        'Ask all your questions in one message, not one per reply.',
        'Link straight to the setting or page, not to the home page.',
      ],
      questions: [
        'How many steps did I leave for the customer, and which could I take?',
        'Is there a reason this customer had to contact us at all?',
      ],
      signals: ['how do i', 'where is', 'can’t find', 'steps', 'again and again'],
      tag: 'vc_make_it_effortless',
    },
    {
      id: 'learn-out-loud',
      name: 'Learn out loud',
      description:
        'Each ticket teaches us something about the product, the docs or ourselves. We share what we learn so the next customer, and the next agent, has an easier time.',
      prompts: [
        'If the help article was wrong or missing, flag it today.',
        'Tag a bug or feature request so the product team can count it.',
        'Share a reply that worked well with the team.',
      ],
      questions: ['What would have prevented this ticket?', 'What did I learn here that a colleague should know?'],
      signals: ['bug', 'feature request', 'documentation', 'workaround', 'known issue'],
      tag: 'vc_learn_out_loud',
    },
  ],
};
