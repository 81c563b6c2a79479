//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::union`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnionParams {
    pub union2: ::std::option::Option<::std::string::String>,
    pub union3: ::std::option::Option<::std::string::String>,
    pub union4: ::std::option::Option<::std::string::String>,
}
impl UnionParams {
    /// Sets `union2`.
    #[must_use]
    pub fn union2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.union2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `union3`.
    #[must_use]
    pub fn union3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.union3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `union4`.
    #[must_use]
    pub fn union4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.union4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::union`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnionOkHeaders {
    pub r#union: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::union`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnionResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnionOkHeaders },
}
/// Documented error responses of [`super::Client::union`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnionError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::union_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnionPostError {}
impl super::Client {
    /// */ operation union "#
    ///
    /// `GET /op52/{union}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#union(
        &self,
        r#union: &str,
        params: &UnionParams,
    ) -> ::std::result::Result<UnionResponse, super::Error<UnionError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op52/");
        url.push_str(
            &super::runtime::path_param(
                "union",
                &super::runtime::to_value("union", &r#union)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.union2 {
            let v = super::runtime::to_value("union", v)?;
            super::runtime::push_param(&mut query, "union", &v, "form", true);
        }
        if let Some(v) = &params.union3 {
            let v = super::runtime::to_value("union", v)?;
            headers.push(("union", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.union4 {
            let v = super::runtime::to_value("union", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "union", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[52usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("union", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "union", method = "GET", path =
            "/op52/{union}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("union", status, &response_headers);
        match status {
            200 => {
                let headers = UnionOkHeaders {
                    r#union: super::runtime::optional_header(
                        &response_headers,
                        "union",
                        status,
                    )?,
                };
                Ok(UnionResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        UnionError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(UnionError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            UnionError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op52/{union}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn union_post(
        &self,
        r#union: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<UnionPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op52/");
        url.push_str(
            &super::runtime::path_param(
                "union",
                &super::runtime::to_value("union", &r#union)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("union_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "union_post", method = "POST", path =
            "/op52/{union}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("union_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        UnionPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
