Profile: CdrLearningDisabilityAutism
Parent: Observation
Id: cdr-learning-disability-autism
Title: "Learning disability or autism"
Description: "Whether the child had a learning disability, and whether the child was autistic (yes, no, not known): the deaths of people with a learning disability and autistic people are also reviewed by LeDeR, so the CDR team must know."
* insert CdrComponentObservation(learning-disability-autism)
* component contains
    learningDisability 0..1 MS and
    autism 0..1 MS
* insert AnswerComponent(learningDisability, learning-disability, CdrAnswerKnownVS)
* insert AnswerComponent(autism, autism, CdrAnswerKnownVS)
