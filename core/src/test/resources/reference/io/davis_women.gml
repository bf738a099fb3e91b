graph [
  node [
    id 0
    label "Evelyn Jefferson"
  ]
  node [
    id 1
    label "Laura Mandeville"
  ]
  node [
    id 2
    label "Theresa Anderson"
  ]
  node [
    id 3
    label "Brenda Rogers"
  ]
  node [
    id 4
    label "Charlotte McDowd"
  ]
  node [
    id 5
    label "Frances Anderson"
  ]
  node [
    id 6
    label "Eleanor Nye"
  ]
  node [
    id 7
    label "Pearl Oglethorpe"
  ]
  node [
    id 8
    label "Ruth DeSand"
  ]
  node [
    id 9
    label "Verne Sanderson"
  ]
  node [
    id 10
    label "Myra Liddel"
  ]
  node [
    id 11
    label "Katherina Rogers"
  ]
  node [
    id 12
    label "Sylvia Avondale"
  ]
  node [
    id 13
    label "Nora Fayette"
  ]
  node [
    id 14
    label "Helen Lloyd"
  ]
  node [
    id 15
    label "Dorothy Murchison"
  ]
  node [
    id 16
    label "Olivia Carleton"
  ]
  node [
    id 17
    label "Flora Price"
  ]
  edge [
    source 0
    target 3
    weight 1.E-09
  ]
  edge [
    source 0
    target 14
    weight 1.0
  ]
  edge [
    source 0
    target 12
    weight 2.0
  ]
  edge [
    source 0
    target 15
    weight 2.0
  ]
  edge [
    source 0
    target 10
    weight 2.0
  ]
  edge [
    source 0
    target 9
    weight 2.0
  ]
  edge [
    source 0
    target 7
    weight 3.0
  ]
  edge [
    source 0
    target 6
    weight 3.0
  ]
  edge [
    source 0
    target 4
    weight 3.0
  ]
  edge [
    source 0
    target 11
    weight 2.0
  ]
  edge [
    source 0
    target 1
    weight 6.0
  ]
  edge [
    source 0
    target 2
    weight 7.0
  ]
  edge [
    source 0
    target 17
    weight 1.0
  ]
  edge [
    source 0
    target 5
    weight 4.0
  ]
  edge [
    source 0
    target 8
    weight 3.0
  ]
  edge [
    source 0
    target 13
    weight 2.0
  ]
  edge [
    source 0
    target 16
    weight 1.0
  ]
  edge [
    source 1
    target 3
    weight 6.0
  ]
  edge [
    source 1
    target 14
    weight 2.0
  ]
  edge [
    source 1
    target 12
    weight 2.0
  ]
  edge [
    source 1
    target 15
    weight 1.0
  ]
  edge [
    source 1
    target 10
    weight 1.0
  ]
  edge [
    source 1
    target 9
    weight 2.0
  ]
  edge [
    source 1
    target 7
    weight 2.0
  ]
  edge [
    source 1
    target 6
    weight 4.0
  ]
  edge [
    source 1
    target 4
    weight 3.0
  ]
  edge [
    source 1
    target 11
    weight 1.0
  ]
  edge [
    source 1
    target 2
    weight 6.0
  ]
  edge [
    source 1
    target 5
    weight 4.0
  ]
  edge [
    source 1
    target 8
    weight 3.0
  ]
  edge [
    source 1
    target 13
    weight 2.0
  ]
  edge [
    source 2
    target 3
    weight 6.0
  ]
  edge [
    source 2
    target 14
    weight 2.0
  ]
  edge [
    source 2
    target 12
    weight 3.0
  ]
  edge [
    source 2
    target 15
    weight 2.0
  ]
  edge [
    source 2
    target 10
    weight 2.0
  ]
  edge [
    source 2
    target 9
    weight 3.0
  ]
  edge [
    source 2
    target 7
    weight 3.0
  ]
  edge [
    source 2
    target 6
    weight 4.0
  ]
  edge [
    source 2
    target 4
    weight 4.0
  ]
  edge [
    source 2
    target 11
    weight 2.0
  ]
  edge [
    source 2
    target 17
    weight 1.0
  ]
  edge [
    source 2
    target 5
    weight 4.0
  ]
  edge [
    source 2
    target 8
    weight 4.0
  ]
  edge [
    source 2
    target 13
    weight 3.0
  ]
  edge [
    source 2
    target 16
    weight 1.0
  ]
  edge [
    source 3
    target 14
    weight 2.0
  ]
  edge [
    source 3
    target 12
    weight 2.0
  ]
  edge [
    source 3
    target 15
    weight 1.0
  ]
  edge [
    source 3
    target 10
    weight 1.0
  ]
  edge [
    source 3
    target 9
    weight 2.0
  ]
  edge [
    source 3
    target 7
    weight 2.0
  ]
  edge [
    source 3
    target 6
    weight 4.0
  ]
  edge [
    source 3
    target 4
    weight 4.0
  ]
  edge [
    source 3
    target 11
    weight 1.0
  ]
  edge [
    source 3
    target 5
    weight 4.0
  ]
  edge [
    source 3
    target 8
    weight 3.0
  ]
  edge [
    source 3
    target 13
    weight 2.0
  ]
  edge [
    source 4
    target 13
    weight 1.0
  ]
  edge [
    source 4
    target 14
    weight 1.0
  ]
  edge [
    source 4
    target 12
    weight 1.0
  ]
  edge [
    source 4
    target 9
    weight 1.0
  ]
  edge [
    source 4
    target 5
    weight 2.0
  ]
  edge [
    source 4
    target 8
    weight 2.0
  ]
  edge [
    source 4
    target 6
    weight 2.0
  ]
  edge [
    source 5
    target 14
    weight 1.0
  ]
  edge [
    source 5
    target 12
    weight 1.0
  ]
  edge [
    source 5
    target 15
    weight 1.0
  ]
  edge [
    source 5
    target 10
    weight 1.0
  ]
  edge [
    source 5
    target 9
    weight 1.0
  ]
  edge [
    source 5
    target 7
    weight 2.0
  ]
  edge [
    source 5
    target 6
    weight 3.0
  ]
  edge [
    source 5
    target 11
    weight 1.0
  ]
  edge [
    source 5
    target 8
    weight 2.0
  ]
  edge [
    source 5
    target 13
    weight 1.0
  ]
  edge [
    source 6
    target 14
    weight 2.0
  ]
  edge [
    source 6
    target 12
    weight 2.0
  ]
  edge [
    source 6
    target 15
    weight 1.0
  ]
  edge [
    source 6
    target 10
    weight 1.0
  ]
  edge [
    source 6
    target 9
    weight 2.0
  ]
  edge [
    source 6
    target 7
    weight 2.0
  ]
  edge [
    source 6
    target 11
    weight 1.0
  ]
  edge [
    source 6
    target 8
    weight 3.0
  ]
  edge [
    source 6
    target 13
    weight 2.0
  ]
  edge [
    source 7
    target 14
    weight 1.0
  ]
  edge [
    source 7
    target 12
    weight 2.0
  ]
  edge [
    source 7
    target 15
    weight 2.0
  ]
  edge [
    source 7
    target 10
    weight 2.0
  ]
  edge [
    source 7
    target 9
    weight 2.0
  ]
  edge [
    source 7
    target 11
    weight 2.0
  ]
  edge [
    source 7
    target 17
    weight 1.0
  ]
  edge [
    source 7
    target 8
    weight 2.0
  ]
  edge [
    source 7
    target 13
    weight 2.0
  ]
  edge [
    source 7
    target 16
    weight 1.0
  ]
  edge [
    source 8
    target 14
    weight 2.0
  ]
  edge [
    source 8
    target 12
    weight 3.0
  ]
  edge [
    source 8
    target 15
    weight 2.0
  ]
  edge [
    source 8
    target 10
    weight 2.0
  ]
  edge [
    source 8
    target 9
    weight 3.0
  ]
  edge [
    source 8
    target 11
    weight 2.0
  ]
  edge [
    source 8
    target 17
    weight 1.0
  ]
  edge [
    source 8
    target 13
    weight 2.0
  ]
  edge [
    source 8
    target 16
    weight 1.0
  ]
  edge [
    source 9
    target 14
    weight 3.0
  ]
  edge [
    source 9
    target 12
    weight 4.0
  ]
  edge [
    source 9
    target 15
    weight 2.0
  ]
  edge [
    source 9
    target 10
    weight 3.0
  ]
  edge [
    source 9
    target 11
    weight 3.0
  ]
  edge [
    source 9
    target 17
    weight 1.0
  ]
  edge [
    source 9
    target 13
    weight 3.0
  ]
  edge [
    source 9
    target 16
    weight 1.0
  ]
  edge [
    source 10
    target 14
    weight 3.0
  ]
  edge [
    source 10
    target 12
    weight 4.0
  ]
  edge [
    source 10
    target 15
    weight 2.0
  ]
  edge [
    source 10
    target 11
    weight 4.0
  ]
  edge [
    source 10
    target 17
    weight 1.0
  ]
  edge [
    source 10
    target 13
    weight 3.0
  ]
  edge [
    source 10
    target 16
    weight 1.0
  ]
  edge [
    source 11
    target 13
    weight 5.0
  ]
  edge [
    source 11
    target 14
    weight 3.0
  ]
  edge [
    source 11
    target 12
    weight 6.0
  ]
  edge [
    source 11
    target 15
    weight 2.0
  ]
  edge [
    source 11
    target 17
    weight 1.0
  ]
  edge [
    source 11
    target 16
    weight 1.0
  ]
  edge [
    source 12
    target 13
    weight 6.0
  ]
  edge [
    source 12
    target 14
    weight 4.0
  ]
  edge [
    source 12
    target 15
    weight 2.0
  ]
  edge [
    source 12
    target 17
    weight 1.0
  ]
  edge [
    source 12
    target 16
    weight 1.0
  ]
  edge [
    source 13
    target 14
    weight 4.0
  ]
  edge [
    source 13
    target 15
    weight 1.0
  ]
  edge [
    source 13
    target 17
    weight 2.0
  ]
  edge [
    source 13
    target 16
    weight 2.0
  ]
  edge [
    source 14
    target 15
    weight 1.0
  ]
  edge [
    source 14
    target 17
    weight 1.0
  ]
  edge [
    source 14
    target 16
    weight 1.0
  ]
  edge [
    source 15
    target 17
    weight 1.0
  ]
  edge [
    source 15
    target 16
    weight 1.0
  ]
  edge [
    source 16
    target 17
    weight 2.0
  ]
]
