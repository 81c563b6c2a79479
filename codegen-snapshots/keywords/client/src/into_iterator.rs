//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::into_iterator`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoIteratorParams {
    pub into_iterator2: ::std::option::Option<::std::string::String>,
    pub into_iterator3: ::std::option::Option<::std::string::String>,
    pub into_iterator4: ::std::option::Option<::std::string::String>,
}
impl IntoIteratorParams {
    /// Sets `into_iterator2`.
    #[must_use]
    pub fn into_iterator2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into_iterator2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into_iterator3`.
    #[must_use]
    pub fn into_iterator3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into_iterator3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into_iterator4`.
    #[must_use]
    pub fn into_iterator4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into_iterator4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::into_iterator`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoIteratorOkHeaders {
    pub into_iterator: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::into_iterator`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoIteratorResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IntoIteratorOkHeaders },
}
/// Documented error responses of [`super::Client::into_iterator`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoIteratorError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::into_iterator_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoIteratorPostError {}
impl super::Client {
    /// */ operation IntoIterator "#
    ///
    /// `GET /op124/{IntoIterator}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn into_iterator(
        &self,
        into_iterator: &str,
        params: &IntoIteratorParams,
    ) -> ::std::result::Result<IntoIteratorResponse, super::Error<IntoIteratorError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op124/");
        url.push_str(
            &super::runtime::path_param(
                "IntoIterator",
                &super::runtime::to_value("IntoIterator", &into_iterator)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.into_iterator2 {
            let v = super::runtime::to_value("IntoIterator", v)?;
            super::runtime::push_param(&mut query, "IntoIterator", &v, "form", true);
        }
        if let Some(v) = &params.into_iterator3 {
            let v = super::runtime::to_value("IntoIterator", v)?;
            headers.push(("IntoIterator", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.into_iterator4 {
            let v = super::runtime::to_value("IntoIterator", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "IntoIterator", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[124usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("into_iterator", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "IntoIterator", method = "GET", path =
            "/op124/{IntoIterator}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("into_iterator", status, &response_headers);
        match status {
            200 => {
                let headers = IntoIteratorOkHeaders {
                    into_iterator: super::runtime::optional_header(
                        &response_headers,
                        "IntoIterator",
                        status,
                    )?,
                };
                Ok(IntoIteratorResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        IntoIteratorError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(IntoIteratorError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            IntoIteratorError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op124/{IntoIterator}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn into_iterator_post(
        &self,
        into_iterator: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<IntoIteratorPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op124/");
        url.push_str(
            &super::runtime::path_param(
                "IntoIterator",
                &super::runtime::to_value("IntoIterator", &into_iterator)?,
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
            .run_request_hooks("into_iterator_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "IntoIterator_post", method = "POST", path =
            "/op124/{IntoIterator}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("into_iterator_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        IntoIteratorPostError,
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
